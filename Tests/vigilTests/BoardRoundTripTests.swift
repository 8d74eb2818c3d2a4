import Foundation
import Testing
import VigilTestSupport

/// Issue 12's round trip: completions made by scripted `vigil take` sessions in a provider's home,
/// exported as a signed XML batch, imported into a separate board home, give the board the same
/// compliance as the provider's own transcripts of the same licensees.
@Suite struct BoardRoundTripTests {
  static let learners = [("José Núñez", "123456"), ("@SUM(1+1)", "222222"), ("王芳", "333333")]
  static let boards = Repository.path("Boards")

  static func vigil(_ arguments: [String]) throws -> CommandResult {
    let result = try CommandRunner.vigil(arguments)
    #expect(result.status == 0, "vigil \(arguments.joined(separator: " ")): \(result.output)\(result.error)")
    return result
  }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func theBoardSeesTheComplianceTheProviderSees() throws {
    let (provider, _) = try ExportCommandTests.provider(Self.learners)
    let batch = provider.appending("tx-bon.xml")
    _ = try Self.vigil([
      "export", "--board", "tx-bon", "--format", "xml", "--out", batch, "--home", provider.path, "--boards", Self.boards,
    ])
    let keys = provider.appending("provider.jwks")
    _ = try Self.vigil(["keys", "export", "--home", provider.path, "--out", keys])

    let board = TemporaryDirectory()
    _ = try Self.vigil(["board", "trust", "add", keys, "--name", "vigil-ce", "--home", board.path])
    let roster = board.appending("roster.csv")
    try ("board,license_type,license_number,holder_name,expires\r\n"
      + Self.learners.map { "tx-bon,RN,\($0.1),\"\($0.0)\",2027-01-31\r\n" }.joined())
      .write(toFile: roster, atomically: true, encoding: .utf8)
    _ = try Self.vigil(["board", "roster", "import", roster, "--home", board.path, "--boards", Self.boards])
    let imported = try Self.vigil(["board", "import", batch, "--board", "tx-bon", "--home", board.path, "--boards", Self.boards])
    #expect(imported.output == "imported 3 records from \(batch)\n")
    let again = try Self.vigil(["board", "import", batch, "--board", "tx-bon", "--home", board.path, "--boards", Self.boards])
    #expect(again.output == "\(batch) changes nothing: its 3 records are already imported\n")

    let report = try Self.json(
      try Self.vigil([
        "board", "compliance", "--board", "tx-bon", "--cycle-ending", "2027-01-31", "--format", "json", "--home",
        board.path, "--boards", Self.boards,
      ]).output)
    let licensees = try #require(report["licensees"] as? [[String: Any]])
    #expect(licensees.count == 3)
    for (name, number) in Self.learners {
      let transcript = try Self.json(
        try Self.vigil([
          "transcript", "--license", "tx-bon:RN:\(number)", "--cycle-ending", "2027-01-31", "--format", "json",
          "--home", provider.path, "--boards", Self.boards,
        ]).output)
      let licensee = try #require(licensees.first { $0["license"] as? String == "tx-bon:RN:\(number)" })
      #expect(licensee["holder"] as? String == name)
      #expect(licensee["compliant"] as? Bool == transcript["compliant"] as? Bool, "\(number)")
      let rules = try #require(licensee["rules"] as? [[String: Any]])
      let requirements = try #require(transcript["requirements"] as? [[String: Any]])
      for requirement in requirements {
        let rule = try #require(rules.first { $0["kind"] as? String == "requirement" && $0["id"] as? String == requirement["id"] as? String })
        for key in ["earnedMinutes", "requiredMinutes", "shortfallMinutes"] {
          #expect(rule[key] as? Int == requirement[key] as? Int, "\(number) \(requirement["id"] ?? "") \(key)")
        }
      }
      let total = try #require(transcript["total"] as? [String: Any])
      let boardTotal = try #require(rules.first { $0["kind"] as? String == "total" })
      #expect(boardTotal["shortfallMinutes"] as? Int == total["shortfallMinutes"] as? Int, "\(number) total")
      #expect(boardTotal["earnedMinutes"] as? Int == total["earnedMinutes"] as? Int, "\(number) total earned")
      #expect((total["earnedMinutes"] as? Int ?? 0) > 0, "the course's credit counts on both sides")
    }
    let verify = try Self.vigil(["ledger", "verify", "--home", board.path])
    #expect(verify.status == 0)
  }

  @Test(arguments: ["a changed byte", "an untrusted key", "another board"])
  func aTamperedBatchIsRefusedAndNothingImported(case name: String) throws {
    let (provider, _) = try ExportCommandTests.provider([Self.learners[0]])
    let batch = provider.appending("tx-bon.xml")
    _ = try Self.vigil([
      "export", "--board", "tx-bon", "--format", "xml", "--out", batch, "--home", provider.path, "--boards", Self.boards,
    ])
    let keys = provider.appending("provider.jwks")
    _ = try Self.vigil(["keys", "export", "--home", provider.path, "--out", keys])
    let board = TemporaryDirectory()
    var boardID = "tx-bon"
    switch name {
    case "a changed byte":
      _ = try Self.vigil(["board", "trust", "add", keys, "--name", "vigil-ce", "--home", board.path])
      var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: batch)))
      let index = try #require(bytes.firstIndex(of: UInt8(ascii: "J")), "the J of José")
      bytes[index] = UInt8(ascii: "K")
      try Data(bytes).write(to: URL(fileURLWithPath: batch))
    case "an untrusted key":
      let other = TemporaryDirectory()
      _ = try Self.vigil(["keys", "init", "--home", other.path])
      _ = try Self.vigil(["keys", "export", "--home", other.path, "--out", other.appending("other.jwks")])
      _ = try Self.vigil(["board", "trust", "add", other.appending("other.jwks"), "--name", "someone-else", "--home", board.path])
    default:
      _ = try Self.vigil(["board", "trust", "add", keys, "--name", "vigil-ce", "--home", board.path])
      boardID = "fl-bon"
    }
    let head = try Self.vigil(["ledger", "head", "--home", board.path]).output
    let result = try CommandRunner.vigil(["board", "import", batch, "--board", boardID, "--home", board.path, "--boards", Self.boards])
    #expect(result.status == 1, "\(result.output)\(result.error)")
    let expected = [
      "a changed byte": "the file was changed after it was signed",
      "an untrusted key": "signed by a key no trusted provider holds",
      "another board": "the batch is for board 'tx-bon', not fl-bon",
    ][name]!
    #expect(result.error.hasPrefix("error: "), "\(result.error)")
    #expect(result.error.contains(expected), "\(result.error)")
    #expect(result.error.split(separator: "\n").count == 1, "one line")
    #expect(try Self.vigil(["ledger", "head", "--home", board.path]).output == head, "nothing imported")
  }
}
