import VigilBase

/// Reads Vigil's completion-record CSV (``RecordColumns``) one row at a time, with the RFC 4180 reader
/// undoing the formula neutralisation, so each value is the one exported.
public final class CSVRecordReader: RecordSource {
  /// CSV carries no header beyond its column names.
  public let header: BatchHeader? = nil
  private var reader: CSVReader
  private let columns: CSVHeader

  /// The limits of a record file: a batch may be far larger than a roster.
  public static let options = CSVOptions(maximumFileBytes: 8 << 30, undoesNeutralisation: true)

  /// Opens a file and reads its header row.
  ///
  /// - Parameter observer: Called with every chunk of the file as it is read, in order; nil for none.
  /// - Throws: ``ExchangeError`` when the file cannot be read or its header lacks a column.
  public init(path: String, observer: ((UnsafeRawBufferPointer) -> Void)? = nil) throws(ExchangeError) {
    reader = try CSVReader(path: path, options: Self.options, observer: observer)
    columns = try CSVHeader(try reader.next(), in: reader.name, required: RecordColumns.names)
  }

  /// The next record, or nil at the end of the file.
  public func nextRecord() throws(ExchangeError) -> ReadRecord? {
    guard let next = try reader.next() else { return nil }
    let row = try columns.row(next, in: reader.name)
    let place = "\(reader.name):\(next.line)"
    func malformed(_ reason: String) -> ExchangeError { ExchangeError(.malformed, "\(place): \(reason)") }
    guard let kind = RecordKind(rawValue: row["kind"]) else { throw malformed("unknown kind \(Echo.quoted(row["kind"]))") }
    guard let minutes = ExactDecimal.integer(row["approval_minutes"]) else {
      throw malformed("approval_minutes \(Echo.quoted(row["approval_minutes"])) is not a whole number")
    }
    guard let hours = ExactDecimal.hundredths(row["awarded_hours"]) else {
      throw malformed("awarded_hours \(Echo.quoted(row["awarded_hours"])) is not hours with at most two decimals")
    }
    guard let completedOn = CalendarDate(row["completed_on"]) else {
      throw malformed("completed_on \(Echo.quoted(row["completed_on"])) is not a date (YYYY-MM-DD)")
    }
    let topics = row["topics"].isEmpty ? [] : row["topics"].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    let record = CompletionRecord(
      kind: kind, certificate: row["certificate"], learnerName: row["learner_name"], board: row["board"],
      licenseType: row["license_type"], licenseNumber: row["license_number"], courseID: row["course_id"],
      courseVersion: row["course_version"], courseTitle: row["course_title"], approver: row["approver"],
      approvalNumber: row["approval_number"], approvalMinutes: minutes, awardedHundredths: hours,
      completedOn: completedOn, topics: topics, replaces: row["replaces"].isEmpty ? nil : row["replaces"],
      reason: row["reason"].isEmpty ? nil : row["reason"])
    return ReadRecord(record: record, claimedHash: row["hash"], position: "line \(next.line)")
  }
}
