import VigilBase

/// Reads Vigil's completion-record CSV (``RecordColumns``) one row at a time, with the RFC 4180 reader
/// undoing the formula neutralisation, so each value is the one exported.
public final class CSVRecordReader: RecordSource {
  /// CSV carries no header beyond its column names.
  public let header: BatchHeader? = nil
  private var reader: CSVReader
  private let columns: CSVHeader
  /// Each of ``RecordColumns/names``' field index, in that order.
  private let indices: [Int]

  /// The limits of a record file: a batch may be far larger than a roster.
  public static let options = CSVOptions(maximumFileBytes: 8 << 30, undoesNeutralisation: true)

  /// Opens a file and reads its header row.
  ///
  /// - Parameter observer: Called with every chunk of the file as it is read, in order; nil for none.
  /// - Throws: ``ExchangeError`` when the file cannot be read or its header lacks a column.
  public init(path: String, observer: ((UnsafeRawBufferPointer) -> Void)? = nil) throws(ExchangeError) {
    reader = try CSVReader(path: path, options: Self.options, observer: observer)
    let columns = try CSVHeader(try reader.next(), in: reader.name, required: RecordColumns.names)
    self.columns = columns
    indices = RecordColumns.names.map { columns.index(of: $0) ?? 0 }
  }

  /// The next record, or nil at the end of the file.
  public func nextRecord() throws(ExchangeError) -> ReadRecord? {
    guard let next = try reader.next() else { return nil }
    try columns.check(next, in: reader.name)
    let fields = next.fields
    let column = Column(fields: fields, indices: indices)
    func malformed(_ reason: String) -> ExchangeError { ExchangeError(.malformed, "\(reader.name):\(next.line): \(reason)") }
    guard let kind = RecordKind(rawValue: column[.kind]) else { throw malformed("unknown kind \(Echo.quoted(column[.kind]))") }
    guard let minutes = ExactDecimal.integer(column[.approvalMinutes]) else {
      throw malformed("approval_minutes \(Echo.quoted(column[.approvalMinutes])) is not a whole number")
    }
    guard let hours = ExactDecimal.hundredths(column[.awardedHours]) else {
      throw malformed("awarded_hours \(Echo.quoted(column[.awardedHours])) is not hours with at most two decimals")
    }
    guard let completedOn = CalendarDate(column[.completedOn]) else {
      throw malformed("completed_on \(Echo.quoted(column[.completedOn])) is not a date (YYYY-MM-DD)")
    }
    let topics = column[.topics]
    let replaces = column[.replaces]
    let reason = column[.reason]
    let record = CompletionRecord(
      kind: kind, certificate: column[.certificate], learnerName: column[.learnerName], board: column[.board],
      licenseType: column[.licenseType], licenseNumber: column[.licenseNumber], courseID: column[.courseID],
      courseVersion: column[.courseVersion], courseTitle: column[.courseTitle], approver: column[.approver],
      approvalNumber: column[.approvalNumber], approvalMinutes: minutes, awardedHundredths: hours,
      completedOn: completedOn,
      topics: topics.isEmpty ? [] : topics.split(separator: ";", omittingEmptySubsequences: false).map(String.init),
      replaces: replaces.isEmpty ? nil : replaces, reason: reason.isEmpty ? nil : reason)
    return ReadRecord(record: record, claimedHash: column[.hash], position: "line \(next.line)")
  }

  /// A record's fields by column, through the indices read from the header.
  private struct Column {
    /// The columns, in the order of ``RecordColumns/names``.
    enum Name: Int {
      case kind, certificate, learnerName, board, licenseType, licenseNumber, courseID, courseVersion, courseTitle
      case approver, approvalNumber, approvalMinutes, awardedHours, completedOn, topics, replaces, reason, hash
    }

    let fields: [String]
    let indices: [Int]

    subscript(name: Name) -> String { fields[indices[name.rawValue]] }
  }
}
