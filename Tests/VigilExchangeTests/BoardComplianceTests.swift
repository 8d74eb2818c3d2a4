import Foundation
import Crypto
import Testing
import VigilBase
import VigilBoards
import VigilExchange
import VigilLedger
import VigilSigning
import VigilTestSupport

/// `BoardCompliance` over a small Texas BON roster, with shortfalls worked out by hand from 22 TAC 216.3
/// as `Boards/tx-bon.xml` encodes it: 20 contact hours (ANCC credit) per 24-month cycle ending at expiry,
/// an HHSC-approved trafficking course for direct patient care, 2 hours of jurisprudence and ethics every
/// third cycle (due when the issue date is unknown).
@Suite struct BoardComplianceTests {
  private static let board = try! BoardReader().board(id: "tx-bon", inFolder: Repository.path("Boards"))

  private static func record(
    _ label: String, number: String, type: String = "RN", approver: String = "ANCC", minutes: Int, on day: String,
    topics: [String] = []
  ) -> BoardRecord {
    var record = BoardRecord(
      approvalMinutes: minutes, approvalNumber: "\(approver)-1", approver: approver,
      awardedHundredths: Int64(minutes * 100 / 60), board: "tx-bon", certificate: "CERT-\(label)",
      completedOn: CalendarDate(day)!, courseID: "course-\(label)", courseTitle: "Course \(label)", courseVersion: "1",
      kind: .completion, learnerName: "Learner \(number)", licenseNumber: number, licenseType: type, topics: topics,
      hash: "")
    record.hash = record.computedHash ?? ""
    return record
  }

  @Test func everyLicenseeIsEvaluatedAndTheUnverifiedAreCounted() throws {
    let folder = TemporaryDirectory()
    let ledger = try Ledger(path: folder.appending("ledger.sqlite"), mode: .createForBoard, clock: { 1_780_000_000 })
    try ledger.trustProvider(name: "acme-ce", keys: JWKSet(keys: [JWK(publicKey: P256.Signing.PrivateKey().publicKey)]))
    _ = try ledger.importRoster { roster in
      for (type, number, issued) in [("RN", "100001", nil), ("RN", "100002", nil), ("LVN", "200001", "2025-03-01")] {
        _ = try roster.put(
          RosterLicense(
            profile: LicenseProfile(
              boardID: "tx-bon", licenseType: type, number: number, expires: CalendarDate("2027-01-31")!,
              issued: issued.flatMap { CalendarDate($0) }, attributes: type == "RN" ? ["direct-patient-care"] : []),
            holderName: "Holder \(number)"))
      }
    }
    let signed = [
      Self.record("a1", number: "100001", minutes: 1200, on: "2026-01-10", topics: ["nursing-jurisprudence-ethics"]),
      Self.record("a2", number: "100001", approver: "TX-HHSC", minutes: 60, on: "2026-01-11", topics: ["human-trafficking"]),
      Self.record("b1", number: "100002", minutes: 600, on: "2026-01-10"),
      Self.record("b0", number: "100002", minutes: 600, on: "2024-06-01"),
      Self.record("z1", number: "999999", minutes: 60, on: "2026-02-01"),
    ]
    let batch = { (file: String, verified: Bool) in
      IncomingBatch(
        provider: "acme-ce", digest: SHA256.hash(data: Array(file.utf8)).map { String(format: "%02x", $0) }.joined(),
        format: "jsonl", isVerified: verified)
    }
    #expect(try ledger.importBatch(batch("signed", true), records: signed) == .imported(batchID: 1, added: 5, unchanged: 0))
    let unsigned = [Self.record("c1", number: "200001", type: "LVN", minutes: 1260, on: "2026-05-05")]
    #expect(try ledger.importBatch(batch("unsigned", false), records: unsigned) == .imported(batchID: 2, added: 1, unchanged: 0))

    var standings: [LicenseeCompliance] = []
    var offRoster: [StoredBoardRecord] = []
    let summary = try BoardCompliance(board: Self.board).run(
      ledger: ledger, cycleEnding: CalendarDate("2027-01-31")!, licensee: { standings.append($0) },
      offRoster: { offRoster.append($0) })
    #expect(summary == ComplianceSummary(compliant: 2, licensees: 3, offRosterRecords: 1))
    #expect(summary.text == "2 of 3 compliant")
    #expect(standings.map(\.license.profile.key) == ["tx-bon:LVN:200001", "tx-bon:RN:100001", "tx-bon:RN:100002"])

    let lvn = standings[0]
    #expect(lvn.result.isCompliant && lvn.result.total.earnedMinutes == 1260 && lvn.unverifiedCount == 1)
    #expect(lvn.result.requirement("tx-jurisprudence-ethics")?.status == .notDue)

    let ana = standings[1]
    #expect(ana.result.isCompliant && ana.unverifiedCount == 0)
    #expect(ana.result.total.earnedMinutes == 1200 && ana.result.total.shortfallMinutes == 0)
    #expect(ana.result.requirement("tx-human-trafficking")?.status == .met)

    // 10 of 20 hours in the cycle (the 2024 course is in the cycle before), no trafficking course, and
    // no jurisprudence hours: 10 h, the course and 2 h short.
    let ben = standings[2]
    #expect(!ben.result.isCompliant)
    #expect(ben.records.map(\.record.completedOn.description) == ["2024-06-01", "2026-01-10"])
    #expect(ben.result.total.earnedMinutes == 600 && ben.result.total.shortfallMinutes == 600)
    #expect(ben.result.requirement("tx-human-trafficking")?.status == .unmet)
    #expect(ben.result.requirement("tx-jurisprudence-ethics")?.shortfallMinutes == 120)
    #expect(ben.countedIndices == [1])

    #expect(offRoster.map(\.record.licenseKey) == ["tx-bon:RN:999999"])
  }

  @Test func theCreditIsTheApprovalsMinutes() {
    let credit = BoardCompliance.credit(Self.record("x", number: "1", minutes: 96, on: "2026-01-01", topics: ["b", "a"]))
    #expect(credit.minutes == 96 && credit.topics == ["a", "b"] && !credit.isSample)
    #expect(credit.courseID == "course-x" && credit.approver == "ANCC" && credit.approvalNumber == "ANCC-1")
  }
}
