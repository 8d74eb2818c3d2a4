import Foundation
import VigilBase
import VigilLedger

/// Writes the workload as the CSV files the sqlite3 shell imports: exactly the rows, ids and values
/// the ledger stores for the same workload (without its events).
struct CSVExport {
  let folder: String

  /// Writes `learners.csv`, `licenses.csv`, `completions.csv` and `credits.csv`.
  func write(_ workload: Workload) throws {
    var learners = CSVFile()
    var licenses = CSVFile()
    for index in workload.licensees.indices {
      let id = String(index + 1)
      let licensee = workload.licensees[index]
      learners.row([
        id, workload.names[index], workload.email(index), String(licensee.birthMonth), String(licensee.birthDay),
      ])
      let profile = workload.profile(index)
      licenses.row([
        id, id, profile.boardID, profile.licenseType, profile.number, profile.expires.description,
        profile.issued?.description ?? "", Self.jsonList(profile.attributes),
      ])
    }
    try learners.save(folder + "/learners.csv")
    try licenses.save(folder + "/licenses.csv")
    var completions = CSVFile()
    var credits = CSVFile()
    var creditID = 0
    // The ledger numbers completions `<ledger id>/<id>` (a 36-character UUID); the same length here.
    let ledgerID = "00000000-0000-4000-8000-000000000000"
    for (index, spec) in workload.completions.enumerated() {
      let completion = workload.completion(spec, learnerID: Int64(spec.licensee + 1))
      let id = String(index + 1)
      let number = "\(ledgerID)/\(id)"
      var json = CanonicalJSON()
      json.field("approvals", objects: [])
      json.field("course", completion.courseID)
      json.field("learnerName", workload.names[spec.licensee])
      json.field("providerName", "")
      json.field("providerWeb", nil as String?)
      json.field("title", completion.courseTitle)
      json.field("version", completion.courseVersion)
      let snapshot = String(decoding: try json.finished(), as: UTF8.self)
      completions.row([
        id, number, String(completion.learnerID), completion.courseID, completion.courseVersion,
        completion.courseTitle, completion.completedOn.description,
        String(Int(((completion.percent ?? 0) * 100).rounded())), snapshot,
      ])
      for (position, credit) in workload.credits(spec).enumerated() {
        creditID += 1
        credits.row([
          String(creditID), "\(number)/\(position + 1)", id, String(spec.licensee + 1),
          Workload.boards[workload.licensees[spec.licensee].board], credit.approver, credit.approvalNumber,
          String(credit.minutes), Self.jsonList(credit.topics), "0",
        ])
      }
    }
    try completions.save(folder + "/completions.csv")
    try credits.save(folder + "/credits.csv")
  }

  /// A set of ids as the ledger stores it: a sorted JSON array.
  private static func jsonList(_ values: Set<String>) -> String {
    "[" + values.sorted().map { "\"\($0)\"" }.joined(separator: ",") + "]"
  }
}

/// An RFC 4180 CSV file built in memory.
private struct CSVFile {
  /// Bytes that make a field need quotes: comma, double quote, line feed, carriage return.
  private static let special: Set<UInt8> = [44, 34, 10, 13]
  private var bytes: [UInt8] = []

  mutating func row(_ fields: [String]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      let needsQuotes = field.utf8.contains { Self.special.contains($0) }
      if needsQuotes {
        bytes.append(UInt8(ascii: "\""))
        for byte in field.utf8 {
          if byte == UInt8(ascii: "\"") { bytes.append(byte) }
          bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
      } else {
        bytes.append(contentsOf: field.utf8)
      }
    }
    bytes.append(10)
  }

  func save(_ path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }
}
