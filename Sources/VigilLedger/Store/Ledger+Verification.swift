import GRDB
import VigilSigning

extension Ledger {
  /// Replays the event chain and checks every row and the schema against it, in one consistent read.
  ///
  /// - Parameters:
  ///   - since: A head recorded earlier outside the ledger (`vigil ledger head`, a checkpoint, a
  ///   certificate): the chain must hold it and extend it, or the report names where it does not.
  ///   - keys: The provider's public keys, to check each checkpoint's signature (its head is checked
  ///     either way).
  /// - Returns: A report whose ``ChainReport/problem`` names the first row or event that does not
  ///   agree, or nil when the ledger is intact.
  /// - Throws: ``LedgerError`` only when the ledger cannot be read at all.
  public func verify(since: ChainHead? = nil, keys: JWKSet? = nil) throws(LedgerError) -> ChainReport {
    try read { db in
      var verifier = ChainVerifier(db, since: since, keys: keys)
      return try verifier.run()
    }
  }

  /// The chain's current head (nil for a ledger with no events yet).
  public func head() throws(LedgerError) -> ChainHead? {
    try read { db in
      try Row.fetchOne(db, sql: "SELECT seq, link FROM events ORDER BY seq DESC LIMIT 1").map {
        ChainHead(sequence: try $0.decode(atIndex: 0), link: try $0.decode(atIndex: 1))
      }
    }
  }
}
