import VigilBase
import VigilBoards
import VigilExchange
import VigilLedger

/// `vigil board compliance --format csv`: RFC 4180 through ``VigilExchange/CSVWriter`` with formula
/// neutralisation, one row per licensee and rule (the total, each subtotal, each requirement), then one
/// row per record of a license not on the roster (`rule_kind` `record`, status `not-on-roster`). The
/// summary goes to standard error, so standard output stays one table.
struct ComplianceCSVWriter: ComplianceReportWriter {
  /// The header row.
  static let columns = [
    "board", "license_type", "license_number", "holder_name", "cycle_start", "cycle_end", "compliant", "rule_kind",
    "rule_id", "rule_title", "status", "earned_hours", "required_hours", "shortfall_hours", "unverified_records",
  ]

  let board: Board
  var writer: CSVWriter<FileDescriptorSink>

  init(board: Board, sink: FileDescriptorSink) {
    self.board = board
    writer = CSVWriter(sink: sink, neutralisesFormulas: true)
  }

  mutating func begin(cycleEnding: CalendarDate) throws {
    try writer.write(Self.columns)
  }

  mutating func licensee(_ standing: LicenseeCompliance) throws {
    let profile = standing.license.profile
    let cycle = standing.result.cycle
    let head = [
      board.id, profile.licenseType, profile.number, standing.license.holderName, cycle.start.description,
      cycle.end.description, standing.result.isCompliant ? "yes" : "no",
    ]
    let unverified = String(standing.unverifiedCount)
    let rules = ComplianceRuleLine.lines(standing, board: board)
    if rules.isEmpty { try writer.write(head + ["", "", "", "", "", "", "", unverified]) }
    for rule in rules {
      try writer.write(
        head + [
          rule.kind, rule.id, rule.title, rule.status, board.hours(rule.earnedMinutes), board.hours(rule.requiredMinutes),
          board.hours(rule.shortfallMinutes), unverified,
        ])
    }
  }

  mutating func offRoster(_ stored: StoredBoardRecord) throws {
    let record = stored.record
    try writer.write([
      board.id, record.licenseType, record.licenseNumber, record.learnerName, "", "", "", "record", record.certificate,
      "\(record.courseTitle) \(record.courseVersion)", "not-on-roster",
      board.hours(board.unit.counted(record.approvalMinutes)), "", "", stored.isVerified ? "0" : "1",
    ])
  }

  mutating func end(_ summary: ComplianceSummary) throws {
    try writer.flush()
    try FileHandleOutput.standardError.write(summary.text + "\n")
  }
}
