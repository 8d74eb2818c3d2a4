import VigilBase
import VigilBoards
import VigilExchange
import VigilLedger

/// `vigil board compliance --format json`: one JSON document, written as it is computed, one licensee
/// or record per line: `{"board":…,"cycleEnding":…,"licensees":[…],"offRoster":[…],"summary":{…}}`.
/// Minutes are integers; members of each object are sorted.
struct ComplianceJSONWriter: ComplianceReportWriter {
  let board: Board
  var output: BufferedOutput<FileDescriptorSink>
  private var wroteLicensee = false
  private var inOffRoster = false
  private var wroteRecord = false

  init(board: Board, sink: FileDescriptorSink) {
    self.board = board
    output = BufferedOutput(sink)
  }

  mutating func begin(cycleEnding: CalendarDate) throws {
    var prefix: [UInt8] = Array(#"{"board":"#.utf8)
    CanonicalJSON.appendString(board.id, to: &prefix)
    prefix += Array(#","cycleEnding":"#.utf8)
    CanonicalJSON.appendString(cycleEnding.description, to: &prefix)
    prefix += Array(#","licensees":["#.utf8)
    try output.write(prefix)
  }

  mutating func licensee(_ standing: LicenseeCompliance) throws {
    let profile = standing.license.profile
    var json = CanonicalJSON()
    json.field("compliant", standing.result.isCompliant)
    json.field("cycleEnd", standing.result.cycle.end.description)
    json.field("cycleStart", standing.result.cycle.start.description)
    json.field("holder", standing.license.holderName)
    json.field("license", profile.key)
    json.field("licenseNumber", profile.number)
    json.field("licenseType", profile.licenseType)
    json.field("records", standing.records.count)
    json.field(
      "rules",
      objects: ComplianceRuleLine.lines(standing, board: board).map { rule in
        var line = CanonicalJSON()
        line.field("earnedMinutes", rule.earnedMinutes)
        line.field("id", rule.id)
        line.field("kind", rule.kind)
        line.field("requiredMinutes", rule.requiredMinutes)
        line.field("shortfallMinutes", rule.shortfallMinutes)
        line.field("status", rule.status)
        line.field("title", rule.title)
        return line
      })
    json.field("unverifiedRecords", standing.unverifiedCount)
    try output.write((wroteLicensee ? ",\n" : "\n").utf8)
    try output.write(try Self.bytes(json))
    wroteLicensee = true
  }

  mutating func offRoster(_ stored: StoredBoardRecord) throws {
    if !inOffRoster { try startOffRoster() }
    let record = stored.record
    var json = CanonicalJSON()
    json.field("approvalMinutes", record.approvalMinutes)
    json.field("approvalNumber", record.approvalNumber)
    json.field("approver", record.approver)
    json.field("certificate", record.certificate)
    json.field("completedOn", record.completedOn.description)
    json.field("countedMinutes", board.unit.counted(record.approvalMinutes))
    json.field("courseID", record.courseID)
    json.field("courseTitle", record.courseTitle)
    json.field("courseVersion", record.courseVersion)
    json.field("hash", record.hash)
    json.field("learnerName", record.learnerName)
    json.field("license", record.licenseKey)
    json.field("provider", stored.provider)
    json.field("verified", stored.isVerified)
    try output.write((wroteRecord ? ",\n" : "\n").utf8)
    try output.write(try Self.bytes(json))
    wroteRecord = true
  }

  mutating func end(_ summary: ComplianceSummary) throws {
    if !inOffRoster { try startOffRoster() }
    var json = CanonicalJSON()
    json.field("compliant", summary.compliant)
    json.field("licensees", summary.licensees)
    json.field("offRosterRecords", summary.offRosterRecords)
    json.field("text", summary.text)
    try output.write((wroteRecord ? "\n" : "").utf8)
    try output.write(#"],"summary":"#.utf8)
    try output.write(try Self.bytes(json))
    try output.write("}\n")
    try output.flush()
  }

  private mutating func startOffRoster() throws {
    inOffRoster = true
    try output.write(((wroteLicensee ? "\n" : "") + #"],"offRoster":["#).utf8)
  }

  private static func bytes(_ json: CanonicalJSON) throws(CommandError) -> [UInt8] {
    do {
      return try json.finished()
    } catch {
      throw CommandError(.outputFailed, "cannot write the report as JSON (\(error)); use --format text")
    }
  }
}
