import Testing
import VigilBase
import VigilBoards
import VigilExchange

/// The record's canonical form and hash, against values computed independently with Python's
/// `json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)` and `hashlib.sha256`.
struct CompletionRecordTests {
  static let record = CompletionRecord(
    kind: .completion, certificate: "VC-ABCD-EFGH-JKMN", learnerName: "José Núñez", board: "tx-bon",
    licenseType: "RN", licenseNumber: "123456", courseID: "sample-minimal", courseVersion: "1.0.0",
    courseTitle: "Sample, \"minimal\"", approver: "ANCC", approvalNumber: "ANCC-2026-0042", approvalMinutes: 60,
    awardedHundredths: 100, completedOn: CalendarDate(year: 2027, month: 1, day: 31),
    topics: ["human-trafficking", "ethics"])

  @Test func hashIsSHA256OfTheCanonicalJSON() throws {
    #expect(try Self.record.hash == "dda49b723b2afb07f021312cce8abc80cbd933e9d6cd6741bac5f4939aec43e1")
  }

  @Test func aRevocationNamesTheRecordItRevokes() throws {
    var revoked = try Self.record.revoked(reason: "regraded: failed")
    #expect(revoked.kind == .revocation)
    #expect(revoked.replaces == "dda49b723b2afb07f021312cce8abc80cbd933e9d6cd6741bac5f4939aec43e1")
    revoked.awardedHundredths = 50
    #expect(try revoked.hash == "e34308c1149b33627a26a7cecaf2dff309d27c650da0ef8b5945400f4e98b828")
    #expect(revoked.identity != Self.record.identity, "a revocation is a record of its own")
  }

  @Test(arguments: [
    // (minutes, minutes per hour, rounding step, hundredths): hand-computed.
    (60, 60, nil, 100), (60, 50, nil, 120), (96, 60, 30, 150), (96, 60, nil, 160), (61, 60, nil, 101),
    (29, 60, 30, 0), (0, 60, nil, 0), (55, 50, nil, 110),
  ] as [(Int, Int, Int?, Int)])
  func awardedHoursFollowTheBoardsUnit(minutes: Int, perHour: Int, step: Int?, hundredths: Int) {
    let unit = CreditUnit(
      minutesPerHour: perHour, roundingStepMinutes: step, citation: Citation(text: "test", sourceIDs: []))
    #expect(CompletionRecord.awardedHundredths(minutes: minutes, unit: unit) == hundredths)
  }
}
