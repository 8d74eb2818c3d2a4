extension Ledger {
  /// Checks the event chain and every chained row against it, in one consistent read.
  ///
  /// - Returns: A report whose ``ChainReport/problem`` names the first row that does not match, or
  ///   nil when the ledger is intact.
  /// - Throws: ``LedgerError`` only when the ledger cannot be read at all.
  public func verify() throws(LedgerError) -> ChainReport {
    try read { db in
      var verifier = ChainVerifier(db)
      return try verifier.run()
    }
  }
}
