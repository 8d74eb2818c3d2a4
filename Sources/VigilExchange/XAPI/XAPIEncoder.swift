import VigilLedger

/// Vigil's xAPI export: JSON Lines, one statement per line (see ``XAPIStatements``), nothing else in
/// the file. A line holds one statement rather than the file one array so that the file streams and a
/// client can POST it to an LRS in batches of the size the LRS accepts.
struct XAPIEncoder: RecordEncoder {
  private var statements: XAPIStatements?

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
    var lines = try statements.statements(for: record, hash: hash, credit: credit)
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
