import Foundation
import Testing
import VigilExchange
import VigilTestSupport

/// `vigil export --format xapi` end to end: statements of a real `vigil take` pass the strict validator,
/// carry the attempt's score, duration and time, a revocation voids them, and a real LRS (Ralph, on
/// loopback) accepts them, returns them unchanged, takes them again without duplicates and refuses a
/// changed one.
@Suite struct ExportXAPICommandTests {
  private static func lines(_ path: String) throws -> [[String: Any]] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test func statementsPassTheValidatorAndARevocationVoidsThem() throws {
    let provider = try ExportHome.texas()
    let first = provider.home.appending("statements.jsonl")
    let export = try provider.vigil(["export", "--board", "tx-bon", "--format", "xapi", "--out", first])
    #expect(export.status == 0, "\(export.error)")
    #expect(export.error.hasPrefix("wrote 1 record for tx-bon to \(first), signed in \(first).jws"), "\(export.error)")
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: first)))
    #expect(XAPIStatementValidator().violations(ofLines: bytes).isEmpty, "\(XAPIStatementValidator().violations(ofLines: bytes))")
    let statements = try Self.lines(first)
    #expect(statements.count == 2)
    let (completed, passed) = (statements[0], statements[1])
    #expect((completed["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/completed")
    #expect((passed["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/passed")
    // The attempt: 1 of 1 points, submitted at the test clock's instant, which did not move (0 seconds).
    let result = try #require(passed["result"] as? [String: Any])
    let score = try #require(result["score"] as? [String: Any])
    #expect(score["scaled"] as? Int == 1 && score["raw"] as? Int == 100 && score["min"] as? Int == 0 && score["max"] as? Int == 100)
    #expect(result["success"] as? Bool == true && result["duration"] as? String == "PT0S")
    #expect(completed["timestamp"] as? String == "2026-11-18T11:06:40Z")
    let actor = try #require(completed["actor"] as? [String: Any])
    #expect(actor["account"] as? [String: String] == ["homePage": "https://vigil.example/ce", "name": "tx-bon:RN:123456"])
    #expect(actor["name"] as? String == "Ana Díaz")
    let context = try #require(completed["context"] as? [String: Any])
    let extensions = try #require(context["extensions"] as? [String: Any])
    #expect(extensions["urn:vigil:xapi:certificate"] as? String == provider.certificate)
    #expect(extensions["urn:vigil:xapi:contact-hours"] as? Double == 0.1)
    #expect(context["registration"] as? String == (passed["context"] as? [String: Any])?["registration"] as? String)

    let revoke = try provider.vigil(["certificate", "revoke", provider.certificate, "--reason", "issued in error"])
    #expect(revoke.status == 0, "\(revoke.error)")
    let second = provider.home.appending("statements-2.jsonl")
    #expect(try provider.vigil(["export", "--board", "tx-bon", "--format", "xapi", "--out", second]).status == 0)
    let all = Array(try Data(contentsOf: URL(fileURLWithPath: second)))
    #expect(XAPIStatementValidator().violations(ofLines: all).isEmpty, "\(XAPIStatementValidator().violations(ofLines: all))")
    let again = try Self.lines(second)
    #expect(again.count == 4)
    #expect(again[0]["id"] as? String == completed["id"] as? String, "the same record gives the same statement id")
    let voided = again[2...].map { ($0["object"] as? [String: Any])?["id"] as? String }
    #expect(voided == [completed["id"] as? String, passed["id"] as? String])
    #expect(again[2...].allSatisfy { ($0["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/voided" })
    #expect(try provider.vigil(["ledger", "verify"]).status == 0)
  }

  @Test func aProviderWithoutAWebAddressCannotExportXAPI() throws {
    let course = try TakeCourse.make()
    let path = course.appending("course.xml")
    let xml = try String(contentsOfFile: path, encoding: .utf8)
      .replacingOccurrences(of: #"example="true""#, with: #"example="false""#)
      .replacingOccurrences(of: "<web>https://vigil.example/ce</web>", with: "")
    try xml.write(toFile: path, atomically: true, encoding: .utf8)
    let home = TemporaryDirectory()
    let input = TakeCourse.registration + String(repeating: "\n", count: 6) + "true\nsubmit\nsubmit\n\n5\n\nquit\n"
    let take = try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards"), "--plain"], input: input)
    #expect(take.status == 0, "\(take.error)")
    let out = home.appending("statements.jsonl")
    let export = try CommandRunner.vigil(
      ["export", "--board", "tx-bon", "--format", "xapi", "--out", out, "--home", home.path, "--boards", Repository.path("Boards")])
    #expect(export.status == 2 && export.error.contains("xAPI statements need the provider's web address"), "\(export.error)")
    #expect(!FileManager.default.fileExists(atPath: out), "nothing is written")
  }

  /// The Ralph LRS in its own virtual environment, made by scripts/setup.sh.
  static let ralphPython: String? = {
    let venv = ProcessInfo.processInfo.environment["VIGIL_RALPH_VENV"] ?? ".build/ralph-venv"
    let path = (venv.hasPrefix("/") ? venv : Repository.path(venv)) + "/bin/python"
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }()

  @Test(.enabled(if: ralphPython != nil, "Ralph is installed by scripts/test (scripts/setup.sh: vigil_require_ralph)"))
  func ralphAcceptsAndReturnsTheStatements() throws {
    let provider = try ExportHome.texas()
    #expect(try provider.vigil(["certificate", "revoke", provider.certificate, "--reason", "issued in error"]).status == 0)
    let file = provider.home.appending("statements.jsonl")
    #expect(try provider.vigil(["export", "--board", "tx-bon", "--format", "xapi", "--out", file]).status == 0)
    let work = TemporaryDirectory()
    let result = try CommandRunner.run(
      try #require(Self.ralphPython), [Repository.path("Tests/Interop/xapi-lrs.py"), file, work.path])
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.hasPrefix("the LRS accepted 4 statements and returned each unchanged"), "\(result.output)")
  }
}
