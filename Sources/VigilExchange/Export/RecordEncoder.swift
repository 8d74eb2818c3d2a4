/// Turns records into one export format's bytes: what comes before the records, each record, and what
/// comes after.
protocol RecordEncoder {
  /// Writes what precedes the records (a CSV header row, the XML batch's header); `header` is nil for
  /// an unsigned preview on standard output.
  mutating func begin(_ header: BatchHeader?, into bytes: inout [UInt8]) throws(ExchangeError)
  /// Writes one record.
  mutating func append(_ record: CompletionRecord, hash: String, into bytes: inout [UInt8]) throws(ExchangeError)
  /// Writes what follows the records.
  mutating func end(records: Int, into bytes: inout [UInt8]) throws(ExchangeError)
}
