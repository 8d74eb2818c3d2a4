import VigilLedger

/// Vigil's xAPI export: JSON Lines, one statement per line (see ``XAPIStatements``), nothing else in
/// the file. A line holds one statement rather than the file one array so that the file streams and a
/// client can POST it to an LRS in batches of the size the LRS accepts.
///
/// A corrected certificate's record comes right after the record of the edition it supersedes (naming
/// it in `replaces`); the encoder voids that edition's statements before it writes the new ones, so an
/// LRS keeps only the current edition's.
struct XAPIEncoder: RecordEncoder {
  private var statements: XAPIStatements?
  /// The record written last, and its hash.
  private var previous: (record: CompletionRecord, hash: String)?

  mutating func begin(_ header: BatchHeader?, into bytes: inout [UInt8]) throws(ExchangeError) {
    guard let header else {
      throw ExchangeError(.usage, "the ledger holds nothing yet: there is nothing to export")
    }
    statements = XAPIStatements(provider: try XAPIProvider(header: header))
  }

  mutating func append(
    credit: ExportedCredit, record: CompletionRecord, hash: String, revocation: CreditRevocation?,
    into bytes: inout [UInt8]
  ) throws(ExchangeError) -> (records: Int, revocations: Int) {
    guard let statements else { throw ExchangeError(.usage, "the ledger holds nothing yet: there is nothing to export") }
    var lines: [[UInt8]] = []
    if let previous, let replaces = record.replaces, replaces == previous.hash {
      lines += try statements.supersession(of: previous.record, by: record, hash: hash, credit: credit)
    }
    lines += try statements.statements(for: record, hash: hash, credit: credit)
    previous = (record, hash)
    if let revocation {
      lines += try statements.statements(for: revocation.record, hash: revocation.hash, credit: credit)
    }
    for line in lines {
      bytes.append(contentsOf: line)
      bytes.append(0x0A)
    }
    return revocation == nil ? (1, 0) : (2, 1)
  }

  func end(records: Int, into bytes: inout [UInt8]) {}
}
