import VigilBase
import VigilBoards
import VigilExchange
import VigilLedger

/// `vigil board compliance` as text: a line per licensee (compliant, or what is still short), the
/// records of licenses not on the roster apart, and `N of M compliant`.
struct ComplianceTextWriter: ComplianceReportWriter {
  let board: Board
  var output: BufferedOutput<FileDescriptorSink>
  private var listedOffRoster = false
  private var listedLicensee = false

  init(board: Board, sink: FileDescriptorSink) {
    self.board = board
    output = BufferedOutput(sink)
  }

  mutating func begin(cycleEnding: CalendarDate) throws {
    try output.write("\(board.name) (\(board.id)): each licensee's renewal cycle containing \(cycleEnding)\n")
  }

  mutating func licensee(_ standing: LicenseeCompliance) throws {
    listedLicensee = true
    let profile = standing.license.profile
    let cycle = standing.result.cycle
    var line = "\(profile.licenseType) \(profile.number)  \(Echo.safe(standing.license.holderName, limit: 200))  "
    line += "\(cycle.start) to \(cycle.end)  "
    if standing.result.isCompliant {
      line += "compliant"
    } else {
      let short = ComplianceRuleLine.lines(standing, board: board).filter(\.isBlocking).map { rule in
        rule.hasMinimum ? "\(rule.title) \(board.hours(rule.shortfallMinutes)) h short" : "\(rule.title) not done"
      }
      line += "not compliant: " + short.joined(separator: "; ")
    }
    let unverified = standing.unverifiedCount
    if unverified > 0 {
      line += "  [\(unverified) record\(unverified == 1 ? "" : "s") counted unverified: imported with --unsigned]"
    }
    try output.write(line + "\n")
  }

  mutating func offRoster(_ stored: StoredBoardRecord) throws {
    if !listedOffRoster {
      listedOffRoster = true
      try output.write(
        "\nRecords for licenses not on the roster (not evaluated: the roster holds their expiry and practice):\n")
    }
    let record = stored.record
    let hours = board.hours(board.unit.counted(record.approvalMinutes))
    var line = "  \(record.licenseType) \(record.licenseNumber)  \(Echo.safe(record.learnerName, limit: 200))  "
    line += "\(record.completedOn)  \(Echo.safe(record.courseTitle, limit: 200)) \(Echo.safe(record.courseVersion))  "
    line += "\(Echo.safe(record.approver)) \(Echo.safe(record.approvalNumber))  \(hours) h  "
    line += "certificate \(Echo.safe(record.certificate))  from \(stored.provider)"
    if !stored.isVerified { line += "  [unverified: imported with --unsigned]" }
    try output.write(line + "\n")
  }

  mutating func end(_ summary: ComplianceSummary) throws {
    if !listedLicensee {
      try output.write("no licensee of \(board.id) is on the roster; import it with `vigil board roster import FILE`\n")
    }
    try output.write("\n\(summary.text)\n")
    try output.flush()
  }
}
