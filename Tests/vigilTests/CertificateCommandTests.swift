import Foundation
import Testing
import VigilTestSupport

/// Certificates end to end: a scripted `vigil take` that passes ends with a certificate file that
/// `vigil certificate verify` accepts (with the home's keys, or a board's home with the published
/// set), that Python's joserfc verifies with the exported JWK Set, and that list and show find.
@Suite struct CertificateCommandTests {
  /// A home where Ana Díaz (tx-bon:RN:123456) passed the sample course; the certificate file's path.
  private static func passed() throws -> (
    home: TemporaryDirectory, course: TemporaryDirectory, file: String, output: String
  ) {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    let input = TakeCourse.registration + String(repeating: "\n", count: 6) + "true\nsubmit\nsubmit\n\n5\n\nquit\n"
    let result = try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards"), "--plain"], input: input,
      environment: ["COLUMNS": "200"])
    #expect(result.status == 0, "\(result.error)")
    let saved = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("Saved as ") })
    return (home, course, String(saved.dropFirst("Saved as ".count)), result.output)
  }

  /// A session that ended between the commit and the files (Ctrl-C, kill -9) left the certificate in
  /// the ledger and not in `certificates/`: the next `vigil take` writes the files again and shows them.
  @Test func theNextSessionWritesACertificatesMissingFilesAgain() throws {
    let (home, course, file, output) = try Self.passed()
    let number = try #require(output.split(separator: "\n").first { $0.hasPrefix("Your certificate number: VC-") })
      .dropFirst("Your certificate number: ".count)
    let pdf = home.appending("certificates/\(number).pdf")
    try FileManager.default.removeItem(atPath: file)
    try FileManager.default.removeItem(atPath: pdf)
    let again = try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards"), "--plain"], input: "quit\n",
      environment: ["COLUMNS": "200"])
    #expect(again.status == 0, "\(again.error)")
    #expect(
      again.output.contains("Files of your last certificate of this course were missing"), "\(again.output)")
    #expect(again.output.contains("Your certificate number: \(number)"), "\(again.output)")
    #expect(again.output.contains("Saved as \(file)"), "\(again.output)")
    #expect(FileManager.default.fileExists(atPath: pdf))
    #expect(try vigil(["certificate", "verify", file, "--home", home.path]).status == 0)
    // With every file there, nothing is said.
    let third = try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards"), "--plain"], input: "quit\n")
    #expect(!third.output.contains("were missing"), "\(third.output)")
    // A revoked certificate's files, once gone, stay gone.
    let revoke = try vigil(["certificate", "revoke", String(number), "--reason", "approval withdrawn", "--home", home.path])
    #expect(revoke.status == 0, "\(revoke.error)")
    try FileManager.default.removeItem(atPath: file)
    let fourth = try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards"), "--plain"], input: "quit\n")
    #expect(!fourth.output.contains("were missing"), "\(fourth.output)")
    #expect(!FileManager.default.fileExists(atPath: file))
  }

  private func vigil(_ arguments: [String]) throws -> CommandResult {
    try CommandRunner.vigil(arguments)
  }

  private func mode(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1) & 0o777
  }

  @Test func aPassedSessionEndsWithACertificateThatVerifies() throws {
    let (home, _, file, output) = try Self.passed()
    let number = try #require(output.split(separator: "\n").first { $0.hasPrefix("Your certificate number: VC-") })
      .dropFirst("Your certificate number: ".count)
    #expect(output.contains("- Texas Board of Nursing, RN license 123456: SAMPLE ONLY, no real credit."), "\(output)")
    #expect(file == home.appending("certificates/\(number)-tx-bon-RN.jwt"))
    #expect(try mode(home.appending("certificates")) == 0o700 && mode(file) == 0o600)
    #expect(try mode(home.appending("keys/signing.jwks")) == 0o600, "the first issue made the provider's key")

    let verify = try vigil(["certificate", "verify", file, "--home", home.path])
    #expect(verify.status == 0, "\(verify.error)")
    #expect(verify.output.hasPrefix("\(number) verifies: Ana Díaz, Sample Minimal Course 1.0.0, completed "))
    #expect(verify.output.contains("tx-bon:RN:123456 (Texas Board of Nursing) SAMPLE, no real credit"))
    #expect(verify.output.hasSuffix("; the ledger at \(home.appending("ledger.sqlite")) holds it\n"))
    #expect(try vigil(["ledger", "verify", "--home", home.path]).status == 0)
    let audit = try CommandRunner.run(
      "python3", [Repository.path("scripts/audit-ledger.py"), home.appending("ledger.sqlite")])
    #expect(audit.status == 0, "\(audit.output)")
  }

  @Test func aBoardVerifiesWithThePublishedSetAndAnotherKeyFails() throws {
    let (home, _, file, _) = try Self.passed()
    let board = TemporaryDirectory()
    let published = board.appending("provider.jwks")
    #expect(try vigil(["keys", "export", "--home", home.path, "--out", published]).status == 0)
    let verify = try vigil(["certificate", "verify", file, "--key", published, "--home", board.path])
    #expect(verify.status == 0, "\(verify.error)")
    #expect(verify.output.contains(" verifies: ") && !verify.output.contains("ledger"))

    let other = TemporaryDirectory()
    #expect(try vigil(["keys", "init", "--home", other.path]).status == 0)
    let wrong = try vigil(["certificate", "verify", file, "--home", other.path])
    #expect(wrong.status == 1)
    #expect(
      wrong.error.hasPrefix(
        "error: the certificate does not verify: the token is signed by a key this set does not hold"))

    let none = try vigil(["certificate", "verify", file, "--home", board.path])
    #expect(none.status == 2)
    #expect(none.error.hasPrefix("error: there is no key to verify with: pass --key"))

    // A --key file that is not a key set is refused for what it holds, as `board trust add` refuses it:
    // exit status 1, code malformed-key-set, named by its path.
    let notes = board.write("notes.txt", "hello")
    let notKeys = try vigil(["certificate", "verify", file, "--key", notes, "--home", board.path])
    #expect(notKeys.status == 1)
    #expect(notKeys.error.hasPrefix("error: '\(notes)': the key set is not JSON"), "\(notKeys.error)")
    let empty = board.write("empty.jwks", #"{"keys":[]}"#)
    let noKeys = try vigil(["certificate", "verify", file, "--key", empty, "--home", board.path])
    #expect(noKeys.status == 1 && noKeys.error.hasPrefix("error: '\(empty)': the key set holds no keys"), "\(noKeys.error)")
  }

  @Test func aChangedFileFails() throws {
    let (home, _, file, _) = try Self.passed()
    var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
    bytes[bytes.count / 2] = bytes[bytes.count / 2] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
    let changed = home.write("changed.jwt", bytes: bytes)
    let result = try vigil(["certificate", "verify", changed, "--home", home.path])
    #expect(result.status == 1)
    #expect(result.error.hasPrefix("error: the certificate does not verify"), "\(result.error)")
    #expect(try vigil(["certificate", "verify", home.appending("missing.jwt"), "--home", home.path]).status == 2)
  }

  @Test func thePassWritesThePrintableCertificateAndPdfDrawsTheSameBytesAgain() throws {
    let (home, _, _, output) = try Self.passed()
    let number = String(
      try #require(output.split(separator: "\n").first { $0.hasPrefix("Your certificate number: ") }).dropFirst(25))
    let pdf = home.appending("certificates/\(number).pdf")
    #expect(output.contains("Printable certificate: \(pdf)\n"), "\(output)")
    #expect(try mode(pdf) == 0o600)
    let issued = try Data(contentsOf: URL(fileURLWithPath: pdf))
    #expect(issued.starts(with: Data("%PDF-".utf8)))

    try FileManager.default.removeItem(atPath: pdf)
    let again = try vigil(["certificate", "pdf", number.lowercased(), "--home", home.path])
    #expect(again.status == 0, "\(again.error)")
    #expect(again.output == "wrote the certificate \(number) to \(pdf)\n")
    #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)) == issued)

    let elsewhere = home.appending("copy.pdf")
    let out = try vigil(["certificate", "pdf", number, "--out", elsewhere, "--home", home.path])
    #expect(out.status == 0, "\(out.error)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: elsewhere)) == issued && mode(elsewhere) == 0o600)
    let folder = try vigil(["certificate", "pdf", number, "--out", home.appending("none/x.pdf"), "--home", home.path])
    #expect(folder.status != 0 && folder.error.contains("create it first"), "\(folder.error)")
    #expect(try vigil(["certificate", "pdf", "VC-0000-0000-0000", "--home", home.path]).status == 2)
  }

  @Test func listAndShowFindTheCertificateAsPeopleTypeItsNumber() throws {
    let (home, _, file, output) = try Self.passed()
    let number = String(
      try #require(output.split(separator: "\n").first { $0.hasPrefix("Your certificate number: ") }).dropFirst(25))
    let list = try vigil(["certificate", "list", "--home", home.path])
    #expect(list.status == 0, "\(list.error)")
    #expect(list.output.hasPrefix("\(number)  "))
    #expect(
      list.output.contains(
        "  Ana Díaz  Sample Minimal Course 1.0.0  tx-bon:RN:123456 SAMPLE (no real credit)  \(file)\n"))
    #expect(
      try vigil(["certificate", "list", "--learner", "2", "--home", home.path]).output.hasPrefix("no certificates"))
    let byLicense = try vigil(["certificate", "list", "--license", "TX-BON:rn:123456", "--home", home.path])
    #expect(byLicense.status == 0 && byLicense.output == list.output, "\(byLicense.error)")
    let otherLicense = try vigil(["certificate", "list", "--license", "tx-bon:RN:999", "--home", home.path])
    #expect(otherLicense.output.hasPrefix("no certificates in the ledger at "))
    #expect(otherLicense.output.hasSuffix(" for license tx-bon:RN:999\n"), "\(otherLicense.output)")
    let badLicense = try vigil(["certificate", "list", "--license", "RN-123456", "--home", home.path])
    #expect(badLicense.status == 2 && badLicense.error.contains("is not BOARD:TYPE:NUMBER"), "\(badLicense.error)")

    // Lower case, without hyphens, and 1 and 0 typed as l and o.
    let typed = number.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "1", with: "l")
      .replacingOccurrences(of: "0", with: "o")
    let show = try vigil(["certificate", "show", typed, "--home", home.path])
    #expect(show.status == 0, "\(show.error)")
    #expect(show.output.hasPrefix("Certificate \(number) (SAMPLE: no real credit)\n  Learner: Ana Díaz\n"))
    #expect(show.output.contains("  tx-bon:RN:123456, Texas Board of Nursing: SAMPLE, no real credit\n"))
    #expect(show.output.contains("    File: \(file)\n"))

    // Verified by its number, typed the same way: the ledger's credential, one line.
    let verified = try vigil(["certificate", "verify", typed, "--home", home.path])
    #expect(verified.status == 0, "\(verified.error)")
    #expect(verified.output.hasPrefix("\(number) verifies: Ana Díaz, ") && verified.output.split(separator: "\n").count == 1)

    // One character mistyped: the check character catches it.
    var symbols = Array(number)
    symbols[5] = symbols[5] == "Z" ? "Y" : "Z"
    let mistyped = try vigil(["certificate", "show", String(symbols), "--home", home.path])
    #expect(mistyped.status == 2)
    #expect(mistyped.error.contains("its check character does not match"), "\(mistyped.error)")
    let unverifiable = try vigil(["certificate", "verify", String(symbols), "--home", home.path])
    #expect(unverifiable.status == 2 && unverifiable.output.isEmpty, "\(unverifiable.output)")
    #expect(unverifiable.error.contains("its check character does not match"), "\(unverifiable.error)")
    // A path is a file, never a number: a missing one says so.
    let missing = try vigil(["certificate", "show", "./gone/certificate", "--home", home.path])
    #expect(missing.status == 2 && missing.error.contains("check the path"), "\(missing.error)")
  }

  /// The head a certificate carries checks the provider's ledger: the issuing ledger still holds it; a
  /// ledger with another history (here another home's, as a rewritten one would be) does not.
  @Test func theCarriedHeadExposesALedgerWithAnotherHistory() throws {
    let (home, _, file, _) = try Self.passed()
    let (other, _, _, _) = try Self.passed()
    let show = try vigil(["certificate", "show", file, "--home", home.path])
    let line = try #require(show.output.split(separator: "\n").first { $0.hasPrefix("  Ledger head: ") }, "\(show.output)")
    let head = String(try #require(line.dropFirst("  Ledger head: ".count).split(separator: " ").first))
    #expect(head.wholeMatch(of: /[0-9]+:[0-9a-f]{64}/) != nil, "\(head)")
    let holds = try vigil(["ledger", "verify", "--since", head, "--home", home.path])
    #expect(holds.status == 0, "\(holds.output)\(holds.error)")
    let rewritten = try vigil(["ledger", "verify", "--since", head, "--home", other.path])
    #expect(rewritten.status == 1, "\(rewritten.output)\(rewritten.error)")
  }

  @Test func rotatingTheKeyKeepsOldCertificatesVerifying() throws {
    let (home, _, file, _) = try Self.passed()
    let rotated = try vigil(["keys", "init", "--force", "--home", home.path])
    #expect(rotated.status == 0)
    #expect(rotated.output.contains("so the certificates and checkpoints it signed still verify (2 keys in the set)"))
    let verify = try vigil(["certificate", "verify", file, "--home", home.path])
    #expect(verify.status == 0, "\(verify.error)")
    #expect(try vigil(["ledger", "verify", "--home", home.path]).status == 0)
  }

  /// joserfc (with `cryptography`) verifies the certificate with the JWK Set `vigil keys export`
  /// prints, and the claims the Open Badges profile of VC-JWT requires are checked in Python.
  @Test(
    .enabled(
      if: CommandRunner.isInstalled("python3")
        && (try? CommandRunner.run("python3", ["-c", "import joserfc"]))?.status == 0))
  func joserfcVerifiesTheCertificateWithTheExportedSet() throws {
    let (home, _, file, _) = try Self.passed()
    let export = try vigil(["keys", "export", "--home", home.path])
    let set = home.write("jwks.json", export.output)
    let result = try CommandRunner.run("python3", [Repository.path("Tests/Interop/verify-certificate.py"), set, file])
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.hasPrefix("certificate verifies with joserfc: VC-"), "\(result.output)")
  }
}
