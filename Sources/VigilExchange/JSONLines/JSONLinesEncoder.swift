/// Vigil's JSON Lines records: one record per line, the canonical JSON of its fields with its `hash`
/// among them, each line ended by LF; nothing else in the file.
struct JSONLinesEncoder: RecordEncoder {
  func begin(_ header: BatchHeader?, into bytes: inout [UInt8]) {}

  func append(_ record: CompletionRecord, hash: String, into bytes: inout [UInt8]) throws(ExchangeError) {
    do {
      bytes.append(contentsOf: try record.canonical(hash: hash).finished())
    } catch {
      throw ExchangeError(.invalidRecord, "record for certificate \(record.certificate) cannot be written (\(error))")
    }
    bytes.append(0x0A)
  }

  func end(records: Int, into bytes: inout [UInt8]) {}
}
