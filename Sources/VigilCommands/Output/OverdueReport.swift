import VigilBase
import VigilExchange
import VigilLedger

/// What `vigil export --overdue` prints, line by line as the ledger is read: in text, a line for the
/// board's window and its source, one line per overdue record, and a summary; in JSON, one document
/// (`board`, `citation`, `overdue`, `today`, `unexported`, `windowDays`, members in that order).
struct OverdueReport {
  let scan: OverdueScan
  let json: Bool

  /// Prints the report; `ledger` opens the ledger, or gives nil when the board sets no window.
  func print(from ledger: () throws -> Ledger?) throws {
    let board = scan.board
    let output = FileHandleOutput.standardOutput
    guard let window = scan.windowDays, let ledger = try ledger() else {
      if json {
        try output.write(
          "{\n  \"board\": \(Self.quoted(board.id)),\n  \"citation\": null,\n  \"overdue\": [],\n"
            + "  \"today\": \"\(scan.today)\",\n  \"unexported\": null,\n  \"windowDays\": null\n}\n")
      } else {
        try output.write("\(board.id) sets no reporting window; nothing is overdue by rule\n")
      }
      return
    }
    let citation = board.reporting?.citation.text ?? ""
    if json {
      try output.write(
        "{\n  \"board\": \(Self.quoted(board.id)),\n  \"citation\": \(Self.quoted(citation)),\n  \"overdue\": [")
    } else {
      try output.write(
        "\(board.id): completions are reported within \(window) days of the completion day (\(citation)); "
          + "today is \(scan.today)\n")
    }
    var overdue = 0
    let unexported = try scan.scan(ledger) { item in
      try output.write(json ? (overdue == 0 ? "\n" : ",\n") + Self.jsonItem(item) : Self.textLine(item))
      overdue += 1
    }
    if json {
      try output.write(
        (overdue == 0 ? "],\n" : "\n  ],\n") + "  \"today\": \"\(scan.today)\",\n  \"unexported\": \(unexported),\n"
          + "  \"windowDays\": \(window)\n}\n")
    } else {
      try output.write("\(overdue) overdue; \(unexported) record\(unexported == 1 ? "" : "s") not yet exported\n")
    }
  }

  private static func textLine(_ item: OverdueCompletion) -> String {
    let record = item.record
    return "overdue since \(item.dueOn) (\(item.daysLate) day\(item.daysLate == 1 ? "" : "s") late): certificate "
      + "\(record.certificate), \(Echo.safe(record.learnerName, limit: 400)), \(record.licenseType) \(record.licenseNumber), "
      + "\(record.courseID) \(record.courseVersion) via \(record.approver) \(record.approvalNumber), completed "
      + "\(record.completedOn)\n"
  }

  private static func jsonItem(_ item: OverdueCompletion) -> String {
    let record = item.record
    let members: [(String, String)] = [
      ("approvalNumber", quoted(record.approvalNumber)), ("approver", quoted(record.approver)),
      ("certificate", quoted(record.certificate)), ("completedOn", quoted(record.completedOn.description)),
      ("courseID", quoted(record.courseID)), ("courseVersion", quoted(record.courseVersion)),
      ("daysLate", String(item.daysLate)), ("dueOn", quoted(item.dueOn.description)),
      ("learnerName", quoted(record.learnerName)), ("licenseNumber", quoted(record.licenseNumber)),
      ("licenseType", quoted(record.licenseType)),
    ]
    return "    {\n" + members.map { "      \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n    }"
  }

  private static func quoted(_ text: String) -> String {
    var bytes: [UInt8] = []
    CanonicalJSON.appendString(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
