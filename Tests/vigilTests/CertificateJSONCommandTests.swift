import Foundation
import Testing
import VigilTestSupport

/// `vigil certificate list --format json` and `show --format json`, parsed as a program would: one
/// document each, every credential with its certificate's number and status (active, revoked with the
/// reason, superseded by the newer number).
@Suite struct CertificateJSONCommandTests {
  private func vigil(_ arguments: [String]) throws -> CommandResult { try CommandRunner.vigil(arguments) }

  /// The JSON object a command printed, after checking it exited 0.
  private func document(_ arguments: [String]) throws -> [String: Any] {
    let result = try vigil(arguments)
    #expect(result.status == 0, "\(result.error)")
    return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
  }

  @Test func listAndShowAsJSONSayWhatEachCertificateIsAndWhereItStands() throws {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    let input = TakeCourse.registration + String(repeating: "\n", count: 6) + "true\nsubmit\nsubmit\n\n5\n\nquit\n"
    let take = try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards"), "--plain"], input: input,
      environment: ["COLUMNS": "200"])
    #expect(take.status == 0, "\(take.error)")
    let file = String(try #require(take.output.split(separator: "\n").first { $0.hasPrefix("Saved as ") }).dropFirst(9))
    let old = String(file.split(separator: "/").last!.prefix(17))

    let listed = try #require(
      try document(["certificate", "list", "--format", "json", "--home", home.path])["certificates"] as? [[String: Any]]
    )
    #expect(listed.count == 1)
    let entry = listed[0]
    #expect(entry["number"] as? String == old && entry["sample"] as? Bool == true && entry["supersedes"] == nil)
    #expect((entry["status"] as? [String: Any])?["state"] as? String == "active")
    #expect(entry["learner"] as? NSDictionary == ["id": 1, "name": "Ana Díaz"])
    #expect((entry["course"] as? [String: Any])?["id"] as? String == "sample-minimal")
    #expect((entry["completedOn"] as? String)?.wholeMatch(of: /\d{4}-\d\d-\d\d/) != nil)
    let credential = try #require(entry["credential"] as? [String: Any])
    #expect(credential["license"] as? String == "tx-bon:RN:123456" && credential["file"] as? String == file)
    #expect(
      credential["boardName"] as? String == "Texas Board of Nursing" && credential["minutesPerHour"] as? Int == 60)
    #expect(credential["countedMinutes"] as? Int == 0, "a sample counts no minutes")
    let credits = try #require(credential["credits"] as? [[String: Any]])
    #expect(credits.count == 1 && credits[0]["approver"] as? String == "ANCC" && credits[0]["sample"] as? Bool == true)

    #expect(try vigil(["learner", "update", "1", "--name", "Ana María Díaz", "--home", home.path]).status == 0)
    let reissued = try vigil(["certificate", "reissue", old, "--home", home.path])
    #expect(reissued.status == 0, "\(reissued.error)")
    let new = String(
      try #require(reissued.output.split(separator: "\n").first { $0.hasPrefix("Your certificate number: ") })
        .dropFirst(25))

    let both = try #require(
      try document(["certificate", "list", "--format", "json", "--home", home.path])["certificates"] as? [[String: Any]]
    )
    #expect(both.map { $0["number"] as? String } == [old, new])
    let superseded = try #require(both[0]["status"] as? [String: Any])
    #expect(superseded["state"] as? String == "superseded" && superseded["supersededBy"] as? String == new)
    #expect((superseded["at"] as? String)?.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil)
    #expect(
      both[1]["supersedes"] as? String == old
        && (both[1]["learner"] as? [String: Any])?["name"] as? String == "Ana María Díaz")

    let shown = try document(["certificate", "show", old, "--format", "json", "--home", home.path])
    #expect(shown["number"] as? String == old && shown["fromLedger"] as? Bool == true)
    #expect((shown["status"] as? [String: Any])?["supersededBy"] as? String == new)
    #expect(
      (shown["statusList"] as? [String: Any])?["url"] as? String == "https://vigil.example/ce/certificates/status/1")
    #expect((shown["provider"] as? [String: Any])?["url"] as? String == "https://vigil.example/ce")
    #expect((shown["credentials"] as? [[String: Any]])?.map { $0["file"] as? String } == [file])

    let fromFile = try document(["certificate", "show", file, "--format", "json", "--home", home.path])
    #expect(fromFile["fromLedger"] as? Bool == false && fromFile["status"] == nil)
    #expect(fromFile["learner"] as? NSDictionary == ["name": "Ana Díaz"], "a file names no learner id of this ledger")

    #expect(try vigil(["certificate", "revoke", new, "--reason", "issued in error", "--home", home.path]).status == 0)
    let revoked = try #require(
      try document(["certificate", "show", new, "--format", "json", "--home", home.path])["status"] as? [String: Any])
    #expect(revoked["state"] as? String == "revoked" && revoked["reason"] as? String == "issued in error")
    let none = try document(["certificate", "list", "--learner", "2", "--format", "json", "--home", home.path])
    #expect((none["certificates"] as? [Any])?.isEmpty == true)
  }
}
