import Foundation
import Testing
import VigilTestSupport

/// `vigil certificate revoke`, `status-list` and `verify --status-list` end to end: a revoked
/// certificate is refused in the home (with the reason) and by a board holding only the published keys
/// and the hosted status list.
@Suite struct CertificateRevokeCommandTests {
  @Test func aRevokedCertificateIsRefusedAtHomeAndByABoard() throws {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    let input = TakeCourse.registration + String(repeating: "\n", count: 6) + "true\nsubmit\nsubmit\n\n5\n\nquit\n"
    let take = try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards"), "--plain"], input: input,
      environment: ["COLUMNS": "200"])
    #expect(take.status == 0, "\(take.error)")
    let file = String(try #require(take.output.split(separator: "\n").first { $0.hasPrefix("Saved as ") }).dropFirst(9))
    let number = String(file.split(separator: "/").last!.prefix(17))
    let board = TemporaryDirectory()
    let (keys, list) = (board.appending("provider.jwks"), board.appending("status-1.jwt"))
    #expect(try CommandRunner.vigil(["keys", "export", "--home", home.path, "--out", keys]).status == 0)

    let standing = try CommandRunner.vigil(["certificate", "status-list", "--home", home.path, "--out", list])
    #expect(standing.status == 0, "\(standing.error)")
    let fine = try CommandRunner.vigil(
      ["certificate", "verify", file, "--key", keys, "--status-list", list, "--home", board.path])
    #expect(fine.status == 0 && fine.output.contains("; not revoked in the status list https://"), "\(fine.error)")

    let revoke = try CommandRunner.vigil(
      ["certificate", "revoke", number.lowercased(), "--reason", "issued in error", "--home", home.path])
    #expect(revoke.status == 0 && revoke.output.hasPrefix("revoked certificate \(number): issued in error"), "\(revoke.error)")
    let again = try CommandRunner.vigil(["certificate", "revoke", number, "--reason", "twice", "--home", home.path])
    #expect(again.status != 0 && again.error.contains("already revoked"), "\(again.error)")

    if CommandRunner.isInstalled("pdftotext") {
      // Drawn again, the PDF says across the page that it is revoked (pdftotext breaks the diagonal's words).
      let redrawn = board.appending("revoked.pdf")
      #expect(try CommandRunner.vigil(["certificate", "pdf", number, "--out", redrawn, "--home", home.path]).status == 0)
      let page = try CommandRunner.run("pdftotext", ["-raw", "-enc", "UTF-8", redrawn, "-"]).output
      #expect(page.filter { !$0.isWhitespace }.contains("REVOKEDon"), "\(page)")
    }

    let atHome = try CommandRunner.vigil(["certificate", "verify", file, "--home", home.path])
    #expect(atHome.status == 1 && atHome.error.contains("was revoked on") && atHome.error.hasSuffix(": issued in error\n"))
    let stale = try CommandRunner.vigil(
      ["certificate", "verify", file, "--key", keys, "--status-list", list, "--home", board.path])
    #expect(stale.status == 0, "the list published before the revocation does not know it")

    let published = try CommandRunner.vigil(["certificate", "status-list", "--home", home.path])
    #expect(published.status == 0 && published.output.split(separator: ".").count == 3, "\(published.error)")
    try published.output.write(toFile: list, atomically: true, encoding: .utf8)
    let byBoard = try CommandRunner.vigil(
      ["certificate", "verify", file, "--key", keys, "--status-list", list, "--home", board.path])
    #expect(byBoard.status == 1 && byBoard.error.contains("is revoked: the provider's status list"), "\(byBoard.error)")

    var tampered = Array(published.output.utf8.dropLast())
    tampered[tampered.count - 5] = tampered[tampered.count - 5] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
    try Data(tampered).write(to: URL(fileURLWithPath: list))
    let refused = try CommandRunner.vigil(
      ["certificate", "verify", file, "--key", keys, "--status-list", list, "--home", board.path])
    #expect(refused.status == 1 && refused.error.contains("the status list is refused"), "\(refused.error)")

    #expect(try CommandRunner.vigil(["ledger", "verify", "--home", home.path]).status == 0)
    if CommandRunner.isInstalled("python3") {
      let audit = try CommandRunner.run(
        "python3", [Repository.path("scripts/audit-ledger.py"), home.appending("ledger.sqlite")])
      #expect(audit.status == 0, "\(audit.output)")
    }
  }
}

extension CertificateRevokeCommandTests {
  /// `show` reads a handed-over .jwt in words (without verifying it), and says when a number is revoked.
  @Test func showReadsAFileAndSaysRevoked() throws {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    let input = TakeCourse.registration + String(repeating: "\n", count: 6) + "true\nsubmit\nsubmit\n\n5\n\nquit\n"
    let take = try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards"), "--plain"], input: input,
      environment: ["COLUMNS": "200"])
    #expect(take.status == 0, "\(take.error)")
    let file = String(try #require(take.output.split(separator: "\n").first { $0.hasPrefix("Saved as ") }).dropFirst(9))
    let number = String(file.split(separator: "/").last!.prefix(17))
    let elsewhere = TemporaryDirectory()
    let shown = try CommandRunner.vigil(["certificate", "show", file, "--home", elsewhere.path])
    #expect(shown.status == 0, "\(shown.error)")
    #expect(shown.output.hasPrefix("Certificate \(number) (SAMPLE: no real credit)\n  Learner: Ana Díaz\n"), "\(shown.output)")
    #expect(shown.output.contains("  Status list: https://vigil.example/ce/certificates/status/1, index "))
    #expect(shown.output.hasSuffix("not verified: check it with vigil certificate verify \(file)\n"))
    #expect(try CommandRunner.vigil(["certificate", "revoke", number, "--reason", "wrong name", "--home", home.path]).status == 0)
    let byNumber = try CommandRunner.vigil(["certificate", "show", number, "--home", home.path])
    #expect(byNumber.status == 0 && byNumber.output.contains("  REVOKED on "), "\(byNumber.error)")
    #expect(byNumber.output.contains(": wrong name\n"))
  }
}
