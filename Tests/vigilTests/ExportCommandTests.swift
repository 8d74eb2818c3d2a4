import Foundation
import Testing
import VigilTestSupport

/// `vigil export` on a provider home whose completions come from scripted `vigil take` sessions.
@Suite struct ExportCommandTests {
  /// The keystrokes of a session that passes the one-question course after registration.
  static let passing = String(repeating: "\n", count: 6) + "true\nsubmit\nsubmit\n\n5\n\nquit\n"

  /// A provider home where `learners` (name, Texas RN number) passed the course with a real approval:
  /// the first registers in the session, the others are added with `vigil learner add` first.
  static func provider(_ learners: [(String, String)]) throws -> (home: TemporaryDirectory, course: TemporaryDirectory) {
    let (course, home) = (try TakeCourse.make(realApproval: true), TemporaryDirectory())
    let boards = Repository.path("Boards")
    for (index, (name, number)) in learners.enumerated() {
      var arguments = ["take", course.path, "--home", home.path, "--boards", boards, "--plain"]
      var input = passing
      if index == 0 {
        input = TakeCourse.registration(name: name, number: number) + passing
      } else {
        let added = try CommandRunner.vigil(["learner", "add", "--home", home.path, "--name", name])
        let id = try #require(added.output.split(whereSeparator: { !$0.isNumber }).first.map(String.init))
        let license = try CommandRunner.vigil([
          "learner", "license", "add", "--home", home.path, "--boards", boards, "--learner", id, "--board", "tx-bon",
          "--type", "RN", "--number", number, "--expires", "2027-01-31",
        ])
        #expect(license.status == 0, "\(license.error)")
        arguments += ["--license", "tx-bon:RN:\(number)"]
      }
      let result = try CommandRunner.vigil(arguments, input: input, environment: ["COLUMNS": "200"])
      #expect(result.status == 0, "\(result.error)")
      #expect(result.output.contains("Your certificate number: VC-"), "\(result.output)")
    }
    return (home, course)
  }

  static let learners = [("José Núñez", "123456"), ("=HYPERLINK(\"http://x.example\")", "222222"), ("王芳", "333333")]

  @Test func aSignedXMLBatchThatIndependentToolsAccept() throws {
    let (home, _) = try Self.provider(Self.learners)
    let out = home.appending("tx-bon.xml")
    let result = try CommandRunner.vigil([
      "export", "--board", "tx-bon", "--format", "xml", "--out", out, "--home", home.path,
      "--boards", Repository.path("Boards"),
    ])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.error == "wrote 3 records for tx-bon to \(out), signed in \(out).jws\n")
    let lint = try CommandRunner.run("xmllint", ["--noout", "--schema", Repository.path("Schemas/completion-batch.xsd"), out])
    #expect(lint.status == 0, "\(lint.error)")
    let keys = home.appending("provider.jwks")
    #expect(try CommandRunner.vigil(["keys", "export", "--home", home.path, "--out", keys]).status == 0)
    let python = try CommandRunner.run("python3", [Repository.path("Tests/Interop/verify-batch.py"), keys, out, "xml"])
    #expect(python.status == 0, "\(python.output)\(python.error)")
    #expect(python.output.hasPrefix("ok 3 records\n"))
    #expect(python.output.contains(#"["José Núñez", "=HYPERLINK(\"http://x.example\")", "王芳"]"#), "\(python.output)")
    let verify = try CommandRunner.vigil(["ledger", "verify", "--home", home.path])
    #expect(verify.status == 0, "the export's event keeps the chain intact: \(verify.output)\(verify.error)")

    let again = try CommandRunner.vigil([
      "export", "--board", "tx-bon", "--format", "csv", "--out", home.appending("tx.csv"), "--home", home.path,
      "--boards", Repository.path("Boards"),
    ])
    #expect(again.status == 0)
    let csv = try String(contentsOfFile: home.appending("tx.csv"), encoding: .utf8)
    #expect(csv.contains("\"'=HYPERLINK(\"\"http://x.example\"\")\""), "the formula is neutralised: \(csv)")
  }

  @Test func withoutOutTheRecordsGoToStandardOutputUnsigned() throws {
    let (home, _) = try Self.provider([("Ana Díaz", "123456")])
    let result = try CommandRunner.vigil([
      "export", "--board", "tx-bon", "--format", "jsonl", "--home", home.path, "--boards", Repository.path("Boards"),
    ])
    #expect(result.status == 0, "\(result.error)")
    let line = try #require(result.output.split(separator: "\n").first)
    let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(record["learnerName"] as? String == "Ana Díaz")
    #expect(record["awardedHours"] as? Double == 0.1)
    #expect(record["approvalMinutes"] as? Int == 6)
    #expect(!FileManager.default.fileExists(atPath: home.appending("tx-bon.jsonl.jws")))
  }

  @Test(arguments: [
    (["--format", "pdf"], "Error: 'pdf' is not a format; use one of csv, xml, jsonl, xapi, cebroker-csv"),
    (["--format", "csv", "--from", "2027-02-01", "--to", "2027-01-01"], "error: --from 2027-02-01 is after --to 2027-01-01"),
    (["--format", "csv", "--out", "/nonexistent/folder/b.csv"], "error: cannot open the folder /nonexistent/folder"),
    (["--format", "csv", "--board", "zz-none"], "error:"),
    (["--format", "csv", "--out", ""], "error: --out: the file name is empty; give one such as tx-bon-2026.xml"),
    (["--format", "csv", "--out", "/tmp/"], "error: --out '/tmp/' is a folder; name a file inside it"),
    (["--format", "csv", "--out", "/no-such-folder/"], "error: --out: '/no-such-folder/' names a folder, not a file"),
  ])
  func badOptionsSayWhatIsWrongAndWriteNothing(extra: [String], message: String) throws {
    let (home, _) = try Self.provider([("Ana Díaz", "123456")])
    let board = extra.contains("--board") ? [] : ["--board", "tx-bon"]
    let before = try FileManager.default.contentsOfDirectory(atPath: home.path).sorted()
    let result = try CommandRunner.vigil(
      ["export", "--home", home.path, "--boards", Repository.path("Boards")] + board + extra)
    #expect(result.status == 2, "\(result.error)")
    #expect(result.error.hasPrefix(message), "\(result.error)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).sorted() == before)
  }
}
