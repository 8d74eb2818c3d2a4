/// A batch file read one record at a time, in memory that does not grow with the file.
public protocol RecordSource: AnyObject {
  /// The batch's header, for the formats that carry one (XML); nil for the others.
  var header: BatchHeader? { get }
  /// The next record, or nil after the last (where the source also checks what ends the file).
  ///
  /// - Throws: ``ExchangeError/Code/malformed`` for a file that is not in its format, naming where.
  func nextRecord() throws(ExchangeError) -> ReadRecord?
}
