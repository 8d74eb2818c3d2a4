/// Vigil's completion-record CSV: the header row of ``RecordColumns``, then one row per record.
struct CSVRecordEncoder: RecordEncoder {
  func begin(_ header: BatchHeader?, into bytes: inout [UInt8]) {
    CSVEncoding.append(RecordColumns.names, neutralisingFormulas: true, to: &bytes)
  }

  func append(_ record: CompletionRecord, hash: String, into bytes: inout [UInt8]) {
    CSVEncoding.append(RecordColumns.cells(record, hash: hash), neutralisingFormulas: true, to: &bytes)
  }

  func end(records: Int, into bytes: inout [UInt8]) {}
}
