import GRDB
import VigilBoards

extension Ledger {
  /// Adds a learner and appends a `learner.added` event, and the licenses they hold with theirs, in one
  /// transaction: the learner and every license are stored, or nothing is.
  ///
  /// - Parameters:
  ///   - name: The name as certificates and boards show it; trimmed, not blank, one line.
  ///   - email: An email address, or nil (an empty string counts as nil).
  ///   - birthday: The birthday, for boards that renew in the birth month.
  ///   - licenses: The licenses the learner holds, as ``addLicense(_:learnerID:)`` adds each.
  /// - Returns: The stored learner with its new id.
  /// - Throws: ``LedgerError`` (``LedgerError/Code-swift.struct/invalidValue`` for a blank name, a
  ///   malformed email or license, or a storage error).
  @discardableResult
  public func addLearner(
    name: String, email: String? = nil, birthday: MonthDay? = nil, licenses: [LicenseProfile] = []
  ) throws(LedgerError) -> Learner {
    let recordedAt = clock()
    return try write { db in
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      let learner = try writer.addLearner(name: name, email: email, birthday: birthday)
      for profile in licenses { _ = try writer.addLicense(profile, learnerID: learner.id) }
      return learner
    }
  }

  /// The learner with id `id`, or nil.
  public func learner(id: Int64) throws(LedgerError) -> Learner? {
    try read { db in
      try Row.fetchOne(db, sql: "SELECT \(LearnerRow.columns) FROM learners WHERE id = ?", arguments: [id])
        .map { try LearnerRow(row: $0).learner }
    }
  }

  /// The learner with id `id`.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/notFound`` when there is none.
  public func requireLearner(id: Int64) throws(LedgerError) -> Learner {
    guard let learner = try learner(id: id) else { throw .noLearner(id) }
    return learner
  }

  /// Every learner, by id.
  public func learners() throws(LedgerError) -> [Learner] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT \(LearnerRow.columns) FROM learners ORDER BY id")
        .map { try LearnerRow(row: $0).learner }
    }
  }
}
