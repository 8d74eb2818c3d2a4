import BenchmarkSupport
import Crypto
import Foundation
import VigilBase
import VigilBoards
import VigilLedger
import VigilSigning

/// Writes a Texas BON board home through the ledger's own bulk paths (one roster import, one batch
/// import, each one transaction with every event chained): `licensees` roster licenses and about one
/// completion record each, plus 1,000 records of licenses not on the roster.
enum BoardGenerator {
  /// Records for licenses not on the roster.
  static let offRoster = 1000

  /// Generates the home and returns how many records it imported.
  static func generate(home: String, licensees: Int) throws -> Int {
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    let ledger = try Ledger(path: VigilHome(path: home).ledgerPath, mode: .createForBoard)
    try ledger.trustProvider(name: "bench-ce", keys: JWKSet(keys: [JWK(publicKey: P256.Signing.PrivateKey().publicKey)]))
    let (roster, rosterSeconds) = try timed {
      try ledger.importRoster { roster in
        for index in 0..<licensees { _ = try roster.put(license(index)) }
      }
    }
    print("generated: \(roster.added) roster licenses in \(decimal(rosterSeconds, 1)) s (\(rate(roster.added, rosterSeconds))/s)")
    let batch = IncomingBatch(
      provider: "bench-ce", digest: hex("batch"), format: "jsonl", isVerified: true,
      head: BatchHead(head: ChainHead(sequence: 1, link: hex("head")), proof: nil))
    var count = 0
    let (result, recordSeconds) = try timed {
      try ledger.importBatch(batch) { sink in
        for index in 0..<licensees {
          // Every tenth licensee has no record, the next has two (an ANCC course and the HHSC one).
          let records = index % 10 == 0 ? 0 : index % 10 == 1 ? 2 : 1
          for number in 0..<records {
            count += 1
            try sink.add(record(licensee: index, number: number), at: count)
          }
        }
        for index in 0..<offRoster {
          count += 1
          try sink.add(record(licensee: licensees + index, number: 0), at: count)
        }
      }
    }
    guard case .imported(_, let added, _) = result else { throw BenchmarkError("the generated batch was refused: \(result)") }
    print("generated: \(added) records in \(decimal(recordSeconds, 1)) s (\(rate(added, recordSeconds))/s)")
    return added
  }

  /// Licensee `index`: RNs (every fifth an LVN), half in direct patient care, two in three with an issue
  /// date, expiries spread over the last days of 24 months.
  private static func license(_ index: Int) -> RosterLicense {
    let month = index % 24
    let expires = lastDay(year: 2026 + month / 12, month: month % 12 + 1)
    let issued = index % 3 == 0 ? nil : CalendarDate(year: 2010 + index % 15, month: 1 + index % 12, day: 1)
    return RosterLicense(
      profile: LicenseProfile(
        boardID: "tx-bon", licenseType: index % 5 == 0 ? "LVN" : "RN", number: licenseNumber(index), expires: expires,
        issued: issued, attributes: index % 2 == 0 ? ["direct-patient-care"] : []),
      holderName: "Licensee \(index)")
  }

  /// A completion record for licensee `index`: first an ANCC course of 6 to 20 hours, then the HHSC
  /// trafficking hour; completed on a day within the two years before 2027-01-31.
  private static func record(licensee index: Int, number: Int) -> BoardRecord {
    let minutes = number == 0 ? 360 + (index % 15) * 60 : 60
    let approver = number == 0 ? "ANCC" : "TX-HHSC"
    var record = BoardRecord(
      approvalMinutes: minutes, approvalNumber: "\(approver)-2026-\(index % 40)", approver: approver,
      awardedHundredths: Int64(minutes * 100 / 60), board: "tx-bon", certificate: "BENCH-\(index)-\(number)",
      completedOn: CalendarDate(daysSinceEpoch: CalendarDate(year: 2025, month: 2, day: 1).daysSinceEpoch + index % 720),
      courseID: number == 0 ? "nursing-update-\(index % 40)" : "human-trafficking-healthcare",
      courseTitle: number == 0 ? "Nursing update \(index % 40)" : "Human Trafficking in Health Care", courseVersion: "1.0",
      kind: .completion, learnerName: "Licensee \(index)", licenseNumber: licenseNumber(index),
      licenseType: index % 5 == 0 ? "LVN" : "RN", topics: number == 0 ? [] : ["human-trafficking"],
      hash: "")
    record.hash = record.computedHash ?? ""
    return record
  }

  private static func licenseNumber(_ index: Int) -> String { String(1_000_000 + index) }

  private static func lastDay(year: Int, month: Int) -> CalendarDate {
    let next = month == 12 ? CalendarDate(year: year + 1, month: 1, day: 1) : CalendarDate(year: year, month: month + 1, day: 1)
    return CalendarDate(daysSinceEpoch: next.daysSinceEpoch - 1)
  }

  private static func hex(_ label: String) -> String {
    SHA256.hash(data: Array(label.utf8)).map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
  }
}
