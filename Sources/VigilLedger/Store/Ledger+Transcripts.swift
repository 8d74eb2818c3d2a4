import GRDB

extension Ledger {
  /// A license's holder and credits in one read transaction (three queries, whatever the number of
  /// credits).
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/notFound`` when the license is not in the ledger.
  public func transcript(for key: LicenseKey) throws(LedgerError) -> LicenseTranscript {
    try read { db in
      guard let row = try Self.licenseRow(db, key: key) else { throw LedgerError.noLicense(key) }
      return LicenseTranscript(
        learner: try Self.learner(db, id: row.learnerID), license: try row.license(),
        credits: try Self.credits(db, licenseID: row.id))
    }
  }

  /// A learner, each of their licenses and each license's credits, in one read transaction.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/notFound`` when there is no such learner.
  public func learnerSheet(id: Int64) throws(LedgerError) -> LearnerSheet {
    try read { db in
      let learner = try Self.learner(db, id: id)
      let licenses = try Self.licenseRows(db, learnerID: id).map { row in
        LicenseTranscript(learner: learner, license: try row.license(), credits: try Self.credits(db, licenseID: row.id))
      }
      return LearnerSheet(learner: learner, licenses: licenses)
    }
  }

  /// A learner inside a transaction.
  static func learner(_ db: Database, id: Int64) throws -> Learner {
    guard let row = try Row.fetchOne(db, sql: "SELECT \(LearnerRow.columns) FROM learners WHERE id = ?", arguments: [id])
    else { throw LedgerError.noLearner(id) }
    return try LearnerRow(row: row).learner
  }
}
