import GRDB
import VigilBoards

extension Ledger {
  /// Adds a license for a learner and appends a `license.added` event.
  ///
  /// The board id is stored lowercase and the type uppercase (see ``LicenseKey``).
  ///
  /// - Returns: The stored license.
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/notFound`` (no such learner),
  ///   ``LedgerError/Code-swift.struct/duplicate`` (the board, type and number are already in the
  ///   ledger) or ``LedgerError/Code-swift.struct/invalidValue`` (a malformed key or attribute, or an
  ///   issue date after the expiry).
  @discardableResult
  public func addLicense(_ profile: LicenseProfile, learnerID: Int64) throws(LedgerError) -> License {
    let recordedAt = clock()
    return try write { db in
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      return try writer.addLicense(profile, learnerID: learnerID).license()
    }
  }

  /// The license with key `key`, or nil.
  public func license(_ key: LicenseKey) throws(LedgerError) -> License? {
    try read { db in try Self.licenseRow(db, key: key)?.license() }
  }

  /// The license with key `key`.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/notFound`` when there is none.
  public func requireLicense(_ key: LicenseKey) throws(LedgerError) -> License {
    guard let license = try license(key) else { throw .noLicense(key) }
    return license
  }

  /// A learner's licenses, by key.
  public func licenses(learnerID: Int64) throws(LedgerError) -> [License] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT \(LicenseRow.columns) FROM licenses WHERE learner_id = ? ORDER BY board, type, number",
        arguments: [learnerID]
      ).map { try LicenseRow(row: $0).license() }
    }
  }

  /// The stored row for `key`, inside a transaction.
  static func licenseRow(_ db: Database, key: LicenseKey) throws -> LicenseRow? {
    try Row.fetchOne(
      db.cachedStatement(sql: "SELECT \(LicenseRow.columns) FROM licenses WHERE board = ? AND type = ? AND number = ?"),
      arguments: [key.board, key.type, key.number]
    ).map { try LicenseRow(row: $0) }
  }
}

extension LedgerError {
  /// The license a call names does not exist.
  static func noLicense(_ key: LicenseKey) -> LedgerError {
    .notFound("there is no license \(key) in the ledger; add it with vigil learner license add")
  }
}

extension Ledger {
  /// Every license, by learner and then by key.
  public func licenses() throws(LedgerError) -> [License] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT \(LicenseRow.columns) FROM licenses ORDER BY learner_id, board, type, number")
        .map { try LicenseRow(row: $0).license() }
    }
  }
}
