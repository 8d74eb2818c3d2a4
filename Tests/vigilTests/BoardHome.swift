import Crypto
import Foundation
import Testing
import VigilBase
import VigilLedger
import VigilSigning
import VigilTestSupport

/// A board's home for the end-to-end tests of `vigil board roster` and `vigil board compliance`: the
/// roster goes in through the built binary; completion records through the ledger's import entry point
/// (what `vigil board import` calls), one batch signed and one `--unsigned`.
enum BoardHome {
  /// The roster: two Texas RNs in direct patient care (one named like a spreadsheet formula), an RN with
  /// a formula-like name and no attributes, and an LVN first licensed in 2025.
  static let roster = """
    board,license_type,license_number,holder_name,expires,issued,attributes\r
    tx-bon,RN,100001,Ana Example,2027-01-31,,direct-patient-care\r
    tx-bon,RN,100002,"=HYPERLINK(""http://x"")",2027-01-31,,direct-patient-care\r
    tx-bon,RN,100003,@SUM(1+1),2027-01-31,,\r
    tx-bon,LVN,200001,Cy Example,2027-01-31,2025-03-01,\r

    """

  /// Imports the roster with `vigil board roster import`, then the records.
  static func make() throws -> TemporaryDirectory {
    let home = TemporaryDirectory()
    let rosterFile = home.write("roster.csv", roster)
    let imported = try CommandRunner.vigil(
      ["board", "roster", "import", rosterFile, "--home", home.path, "--boards", Repository.path("Boards")])
    guard imported.status == 0 else { throw SetUpFailure("roster import failed: \(imported.error)") }
    let ledger = try Ledger(path: home.appending("ledger.sqlite"), mode: .existing, clock: { 1_795_000_000 })
    try ledger.trustProvider(name: "acme-ce", keys: JWKSet(keys: [JWK(publicKey: P256.Signing.PrivateKey().publicKey)]))
    let signed = [
      record("a1", number: "100001", minutes: 1200, on: "2026-01-10", topics: ["nursing-jurisprudence-ethics"]),
      record("a2", number: "100001", approver: "TX-HHSC", minutes: 60, on: "2026-01-11", topics: ["human-trafficking"]),
      record("b1", number: "100002", minutes: 600, on: "2026-01-10"),
      record("b0", number: "100002", minutes: 600, on: "2024-06-01"),
    ]
    let unsigned = [
      record("c1", number: "200001", type: "LVN", minutes: 1260, on: "2026-05-05"),
      record("z1", number: "999999", minutes: 60, on: "2026-02-01", learner: "Zed Example"),
    ]
    for (file, records, verified) in [("signed", signed, true), ("unsigned", unsigned, false)] {
      let batch = IncomingBatch(provider: "acme-ce", digest: hex(file), format: "jsonl", isVerified: verified)
      guard case .imported = try ledger.importBatch(batch, records: records) else {
        throw SetUpFailure("the \(file) batch was not imported")
      }
    }
    return home
  }

  private static func record(
    _ label: String, number: String, type: String = "RN", approver: String = "ANCC", minutes: Int, on day: String,
    topics: [String] = [], learner: String = "Learner"
  ) -> BoardRecord {
    var record = BoardRecord(
      approvalMinutes: minutes, approvalNumber: "\(approver)-1", approver: approver,
      awardedHundredths: Int64(minutes * 100 / 60), board: "tx-bon", certificate: "CERT-\(label)",
      completedOn: CalendarDate(day) ?? CalendarDate(year: 1970, month: 1, day: 1), courseID: "course-\(label)",
      courseTitle: "Course \(label)", courseVersion: "1", kind: .completion, learnerName: learner, licenseNumber: number,
      licenseType: type, topics: topics, hash: "")
    record.hash = record.computedHash ?? ""
    return record
  }

  private static func hex(_ label: String) -> String {
    SHA256.hash(data: Array(label.utf8)).map { String(format: "%02x", $0) }.joined()
  }
}

/// A step of ``BoardHome/make()`` that failed.
struct SetUpFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
