import VigilLedger

/// Turns records into one export format's bytes: what comes before the records, the records of each
/// credit, and what comes after.
protocol RecordEncoder {
  /// Writes what precedes the records (a CSV header row, the XML batch's header); `header` is nil for
  /// an unsigned preview on standard output.
  mutating func begin(_ header: BatchHeader?, into bytes: inout [UInt8]) throws(ExchangeError)
  /// Writes the next event hash of the proof that the header's head extends its `since` (only a format
  /// that carries the head writes them: the XML batch), after ``begin(_:into:)`` and before any record.
  mutating func appendProof(eventHash: String, into bytes: inout [UInt8])
  /// Writes the records of one credit: its completion record and, when its certificate was revoked,
  /// the revocation record that follows it.
  ///
  /// - Returns: The records written, and how many of them are revocations.
  mutating func append(
    credit: ExportedCredit, record: CompletionRecord, hash: String, revocation: CreditRevocation?,
    into bytes: inout [UInt8]
  ) throws(ExchangeError) -> (records: Int, revocations: Int)
  /// Writes what follows the records.
  mutating func end(records: Int, into bytes: inout [UInt8]) throws(ExchangeError)
  /// Credits the format left out (CE Broker's roster cannot say a revocation, so a revoked credit).
  var withheld: Int { get }
}

extension RecordEncoder {
  var withheld: Int { 0 }
  func appendProof(eventHash: String, into bytes: inout [UInt8]) {}
}

/// An encoder that writes every record the same way, each on its own (CSV, XML, JSON Lines), needing
/// nothing of the credit beyond the record.
protocol RecordByRecordEncoder: RecordEncoder {
  /// Writes one record.
  mutating func append(_ record: CompletionRecord, hash: String, into bytes: inout [UInt8]) throws(ExchangeError)
}

extension RecordByRecordEncoder {
  mutating func append(
    credit: ExportedCredit, record: CompletionRecord, hash: String, revocation: CreditRevocation?,
    into bytes: inout [UInt8]
  ) throws(ExchangeError) -> (records: Int, revocations: Int) {
    try append(record, hash: hash, into: &bytes)
    guard let revocation else { return (1, 0) }
    try append(revocation.record, hash: revocation.hash, into: &bytes)
    return (2, 1)
  }
}

/// The revocation record of a credit, with its hash.
struct CreditRevocation {
  /// The record (kind `revocation`, naming the completion record it revokes).
  var record: CompletionRecord
  /// Its hash.
  var hash: String
}
