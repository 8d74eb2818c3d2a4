import Foundation
import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilLedger
import VigilTestSupport

/// End to end: `vigil transcript` on a ledger holding a real completion of the real course.
@Suite struct TranscriptCommandTests {
  private func transcript(_ home: TemporaryDirectory, _ extra: [String] = []) throws -> CommandResult {
    try CommandRunner.vigil(
      ["transcript", "--home", home.path, "--boards", Repository.path("Boards"), "--license", "tx-bon:RN:123456"] + extra)
  }

  @Test func textTranscriptInWordsANurseUnderstands() throws {
    let result = try transcript(try TexasNurseHome.make())
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Texas Board of Nursing: RN license 123456 (Ana Example)"))
    #expect(result.output.contains("Renewal cycle 2025-02-01 to 2027-01-31"))
    #expect(result.output.contains("Human trafficking prevention (Texas HHSC-approved): done"))
    #expect(result.output.contains("Continuing nursing education in your area of practice: 1.0 of 20.0 h, 19.0 h to go"))
    #expect(result.output.contains("Not yet compliant: still needed: 19.0 h in total"))
  }

  @Test func anccOnlyCreditDoesNotMeetTheTexasTraffickingRule() throws {
    let result = try transcript(try TexasNurseHome.make(approvers: ["ANCC"]), ["--format", "json"])
    #expect(result.status == 0, "\(result.error)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let requirements = try #require(json["requirements"] as? [[String: Any]])
    let trafficking = try #require(requirements.first { $0["id"] as? String == "tx-human-trafficking" })
    #expect(trafficking["status"] as? String == "unmet")
    let total = try #require(json["total"] as? [String: Any])
    #expect(total["earnedMinutes"] as? Int == 60)
    #expect(total["requiredMinutes"] as? Int == 1200)
    #expect(json["compliant"] as? Bool == false)
  }

  @Test func anEarlierCycleShowsNoCredit() throws {
    let result = try transcript(try TexasNurseHome.make(), ["--cycle-ending", "2025-01-31"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Renewal cycle 2023-02-01 to 2025-01-31"))
    #expect(result.output.contains("none yet"))
  }

  @Test(arguments: [
    (["--license", "tx-bon:RN"], "BOARD:TYPE:NUMBER"),
    (["--license", "tx-bon:RN:999"], "999"),
    (["--license", "tx-bon:RN:123456", "--cycle-ending", "2027-02-30"], "cycle-ending"),
    (["--license", "tx-bon:RN:123456", "--format", "pdf"], "format"),
  ])
  func badArgumentsExitWithTwo(arguments: [String], expected: String) throws {
    let home = try TexasNurseHome.make()
    let result = try CommandRunner.vigil(["transcript", "--home", home.path, "--boards", Repository.path("Boards")] + arguments)
    #expect(result.status == 2, "\(result.output)")
    #expect(result.error.contains(expected), "\(result.error)")
  }

  @Test func missingLedgerIsAnEnvironmentError() throws {
    let empty = TemporaryDirectory()
    let result = try CommandRunner.vigil(["transcript", "--home", empty.path, "--license", "tx-bon:RN:1"])
    #expect(result.status == 2)
    #expect(result.error.hasPrefix("error: "))
  }
}
