/// One record of a CSV file: its fields, decoded, and where it is.
public struct CSVRecord: Sendable, Hashable {
  /// The fields, unquoted and decoded from UTF-8.
  public var fields: [String]
  /// The line the record starts on, from 1 (a quoted field may span lines).
  public var line: Int
  /// The record's number, from 1 (the header, when the file has one); blank lines are not records.
  public var number: Int

  /// Creates a record.
  public init(fields: [String], line: Int, number: Int) {
    self.fields = fields
    self.line = line
    self.number = number
  }
}
