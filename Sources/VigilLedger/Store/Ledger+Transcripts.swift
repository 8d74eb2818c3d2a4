import GRDB

extension Ledger {
  /// A license's holder and credits in one read transaction (three queries, whatever the number of
  /// credits).
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/notFound`` when the license is not in the ledger.
  public func transcript(for key: LicenseKey) throws(LedgerError) -> LicenseTranscript {
    try read { db in
      guard let row = try Self.licenseRow(db, key: key) else { throw LedgerError.noLicense(key) }
      return try Self.transcript(db, row, learner: try Self.learner(db, id: row.learnerID))
    }
  }

  /// A learner, each of their licenses and each license's credits, in one read transaction.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/notFound`` when there is no such learner.
  public func learnerSheet(id: Int64) throws(LedgerError) -> LearnerSheet {
    try read { db in
      let learner = try Self.learner(db, id: id)
      let licenses = try Self.licenseRows(db, learnerID: id).map { try Self.transcript(db, $0, learner: learner) }
      return LearnerSheet(
        learner: learner, licenses: licenses, extraTimePercent: try Self.extraTimePercent(db, learnerID: id))
    }
  }

  /// A license's transcript inside a transaction.
  private static func transcript(_ db: Database, _ row: LicenseRow, learner: Learner) throws -> LicenseTranscript {
    let license = try row.license()
    let credits = try Self.credits(db, licenseID: row.id)
    let total = try CreditMinutes.total(credits.map(\.minutes), of: "the credits of \(license.key)")
    return LicenseTranscript(learner: learner, license: license, credits: credits, totalMinutes: total)
  }

  /// A learner inside a transaction.
  static func learner(_ db: Database, id: Int64) throws -> Learner {
    guard let row = try Row.fetchOne(db, sql: "SELECT \(LearnerRow.columns) FROM learners WHERE id = ?", arguments: [id])
    else { throw LedgerError.noLearner(id) }
    return try LearnerRow(row: row).learner
  }
}

extension Ledger {
  /// Every learner with their licenses (by key), in one read transaction: two queries however many
  /// learners there are.
  public func roster() throws(LedgerError) -> [(learner: Learner, licenses: [License])] {
    try read { db in
      let learners = try Row.fetchAll(db, sql: "SELECT \(LearnerRow.columns) FROM learners ORDER BY id")
        .map { try LearnerRow(row: $0).learner }
      let licenses = try Row.fetchAll(
        db, sql: "SELECT \(LicenseRow.columns) FROM licenses ORDER BY learner_id, board, type, number"
      ).map { try LicenseRow(row: $0).license() }
      let byLearner = Dictionary(grouping: licenses, by: \.learnerID)
      return learners.map { ($0, byLearner[$0.id] ?? []) }
    }
  }
}
