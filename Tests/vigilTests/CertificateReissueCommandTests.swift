import Foundation
import Testing
import VigilTestSupport

/// `vigil certificate reissue` end to end: after the learner's name is corrected, the certificate is
/// re-issued under a new number that verifies and names the old one; the old number is refused as
/// superseded, at home and by a board holding the published status list; a re-issue without a name
/// change, of a revoked certificate, or of a superseded one is refused, and a repeated one changes nothing.
@Suite struct CertificateReissueCommandTests {
  /// A home where Ana Díaz (tx-bon:RN:123456) passed the sample course: the certificate number and file.
  private static func passed() throws -> (home: TemporaryDirectory, number: String, file: String) {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    let input = TakeCourse.registration + String(repeating: "\n", count: 6) + "true\nsubmit\nsubmit\n\n5\n\nquit\n"
    let take = try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards"), "--plain"], input: input,
      environment: ["COLUMNS": "200"])
    #expect(take.status == 0, "\(take.error)")
    let file = String(try #require(take.output.split(separator: "\n").first { $0.hasPrefix("Saved as ") }).dropFirst(9))
    return (home, String(file.split(separator: "/").last!.prefix(17)), file)
  }

  private func vigil(_ arguments: [String]) throws -> CommandResult { try CommandRunner.vigil(arguments) }

  /// The line of `output` that starts with `prefix`, without it.
  private func line(_ output: String, after prefix: String) throws -> String {
    String(try #require(output.split(separator: "\n").first { $0.hasPrefix(prefix) }).dropFirst(prefix.count))
  }

  @Test func aCorrectedNameIsReissuedUnderANewNumberAndTheOldOneIsSuperseded() throws {
    let (home, old, oldFile) = try Self.passed()
    let unchanged = try vigil(["certificate", "reissue", old, "--home", home.path])
    #expect(unchanged.status == 2 && unchanged.output.isEmpty, "\(unchanged.output)")
    #expect(
      unchanged.error
        == "error: certificate \(old) already prints the learner's name 'Ana Díaz', so there is nothing to re-issue; "
        + "correct the name first with vigil learner update 1 --name NAME\n", "\(unchanged.error)")

    #expect(try vigil(["learner", "update", "1", "--name", "Ana María Díaz", "--home", home.path]).status == 0)
    let reissued = try vigil(["certificate", "reissue", old.lowercased(), "--home", home.path])
    #expect(reissued.status == 0, "\(reissued.error)")
    let new = try line(reissued.output, after: "Your certificate number: ")
    #expect(new != old && new.count == 17)
    #expect(
      reissued.output.hasPrefix("re-issued certificate \(old) as \(new) for Ana María Díaz\n"), "\(reissued.output)")
    let newFile = try line(reissued.output, after: "Saved as ")
    #expect(newFile == home.appending("certificates/\(new)-tx-bon-RN.jwt"))
    #expect(try line(reissued.output, after: "Printable certificate: ") == home.appending("certificates/\(new).pdf"))
    #expect(FileManager.default.fileExists(atPath: oldFile), "the superseded copy stays where it was")

    let verifyNew = try vigil(["certificate", "verify", newFile, "--home", home.path])
    #expect(verifyNew.status == 0, "\(verifyNew.error)")
    #expect(verifyNew.output.hasPrefix("\(new) verifies: Ana María Díaz, Sample Minimal Course 1.0.0, completed "))
    #expect(verifyNew.output.contains("; re-issued in place of \(old); issued by "), "\(verifyNew.output)")
    let verifyOld = try vigil(["certificate", "verify", oldFile, "--home", home.path])
    #expect(verifyOld.status == 1)
    #expect(verifyOld.error.hasPrefix("error: certificate \(old) was superseded by \(new) on "), "\(verifyOld.error)")

    // Run again: nothing changes, the files are written again.
    try FileManager.default.removeItem(atPath: newFile)
    let again = try vigil(["certificate", "reissue", old, "--home", home.path])
    #expect(again.status == 0, "\(again.error)")
    #expect(again.output.hasPrefix("certificate \(old) was already re-issued as \(new) for Ana María Díaz; "))
    #expect(FileManager.default.fileExists(atPath: newFile))
    let newAgain = try vigil(["certificate", "reissue", new, "--home", home.path])
    #expect(newAgain.status == 2 && newAgain.error.contains("already prints the learner's name 'Ana María Díaz'"))
    let revokeOld = try vigil(["certificate", "revoke", old, "--reason", "wrong name", "--home", home.path])
    #expect(revokeOld.status == 2 && revokeOld.error.contains("was superseded by \(new)"), "\(revokeOld.error)")

    let list = try vigil(["certificate", "list", "--home", home.path])
    let lines = list.output.split(separator: "\n")
    #expect(lines.count == 2 && lines[0].hasPrefix(old) && lines[1].hasPrefix(new), "\(list.output)")
    #expect(lines[0].hasSuffix("SAMPLE (no real credit)  SUPERSEDED by \(new)  \(oldFile)"), "\(list.output)")
    #expect(lines[1].contains("  Ana María Díaz  ") && lines[1].hasSuffix("SAMPLE (no real credit)  \(newFile)"))
    let showOld = try vigil(["certificate", "show", old, "--home", home.path])
    #expect(showOld.output.contains("\n  SUPERSEDED by \(new) on "), "\(showOld.output)")
    let showNew = try vigil(["certificate", "show", newFile, "--home", home.path])
    #expect(showNew.output.contains("  Learner: Ana María Díaz\n"))
    #expect(showNew.output.contains("\n  Supersedes: \(old) (re-issued with a corrected name)\n"), "\(showNew.output)")

    #expect(try vigil(["ledger", "verify", "--home", home.path]).status == 0)
    if (try? CommandRunner.run("python3", ["-c", "import joserfc"]))?.status == 0 {
      let set = home.write("jwks.json", try vigil(["keys", "export", "--home", home.path]).output)
      let joserfc = try CommandRunner.run(
        "python3", [Repository.path("Tests/Interop/verify-certificate.py"), set, newFile])
      #expect(
        joserfc.status == 0 && joserfc.output.hasPrefix("certificate verifies with joserfc: \(new) Ana María Díaz"))
    }
    if CommandRunner.isInstalled("python3") {
      let audit = try CommandRunner.run(
        "python3", [Repository.path("scripts/audit-ledger.py"), home.appending("ledger.sqlite")])
      #expect(audit.status == 0, "\(audit.output)")
    }
  }

  /// A board holding only the published keys and status lists: the old number is superseded (the list
  /// names its successor), the new one is in a list of its own and stands.
  @Test func aBoardWithTheStatusListsSeesTheOldNumberSupersededAndTheNewOneStanding() throws {
    let (home, old, oldFile) = try Self.passed()
    #expect(try vigil(["learner", "update", "1", "--name", "Ana María Díaz", "--home", home.path]).status == 0)
    let reissued = try vigil(["certificate", "reissue", old, "--home", home.path])
    #expect(reissued.status == 0, "\(reissued.error)")
    let (new, newFile) = (
      try line(reissued.output, after: "Your certificate number: "), try line(reissued.output, after: "Saved as ")
    )
    let board = TemporaryDirectory()
    let keys = board.appending("provider.jwks")
    #expect(try vigil(["keys", "export", "--home", home.path, "--out", keys]).status == 0)
    let several = try vigil(["certificate", "status-list", "--home", home.path])
    #expect(several.status == 2 && several.error.contains("several status lists"), "\(several.error)")
    let base = "https://vigil.example/ce/certificates/status/"
    for name in ["1", "1-2"] {
      let written = try vigil(
        [
          "certificate", "status-list", "--url", base + name, "--out", board.appending("\(name).jwt"), "--home",
          home.path,
        ])
      #expect(written.status == 0, "\(written.error)")
    }
    let oldByBoard = try vigil(
      [
        "certificate", "verify", oldFile, "--key", keys, "--status-list", board.appending("1.jwt"), "--home",
        board.path,
      ])
    #expect(oldByBoard.status == 1)
    #expect(
      oldByBoard.error.hasPrefix(
        "error: certificate \(old) is superseded by \(new): the provider's status list \(base)1 "),
      "\(oldByBoard.error)")
    let newByBoard = try vigil(
      [
        "certificate", "verify", newFile, "--key", keys, "--status-list", board.appending("1-2.jwt"), "--home",
        board.path,
      ])
    #expect(newByBoard.status == 0, "\(newByBoard.error)")
    #expect(newByBoard.output.hasSuffix("; not revoked in the status list \(base)1-2\n"), "\(newByBoard.output)")
    let wrongList = try vigil(
      [
        "certificate", "verify", newFile, "--key", keys, "--status-list", board.appending("1.jwt"), "--home",
        board.path,
      ])
    #expect(wrongList.status == 1 && wrongList.error.contains("names \(base)1-2"), "\(wrongList.error)")
  }

  @Test func aRevokedCertificateIsNotReissued() throws {
    let (home, old, _) = try Self.passed()
    #expect(try vigil(["certificate", "revoke", old, "--reason", "issued in error", "--home", home.path]).status == 0)
    #expect(try vigil(["learner", "update", "1", "--name", "Ana María Díaz", "--home", home.path]).status == 0)
    let refused = try vigil(["certificate", "reissue", old, "--home", home.path])
    #expect(refused.status == 2)
    #expect(refused.error.hasPrefix("error: certificate \(old) was revoked on "), "\(refused.error)")
    #expect(refused.error.hasSuffix("('issued in error'); a revoked certificate is not re-issued\n"))
    #expect(try vigil(["certificate", "list", "--home", home.path]).output.split(separator: "\n").count == 1)
    let typo = try vigil(["certificate", "reissue", "VC-0000-0000-0001", "--home", home.path])
    #expect(typo.status == 2 && typo.error.contains("its check character does not match"), "\(typo.error)")
    let unknown = try vigil(["certificate", "reissue", "VC-0000-0000-0000", "--home", home.path])
    #expect(unknown.status == 2 && unknown.error.contains("no certificate in the ledger has the number"))
  }
}
