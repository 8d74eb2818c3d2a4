import GRDB
import VigilBase
import VigilBoards

extension Ledger {
  /// Loads a board's licensee roster in one transaction: each license `body` puts is added, updated
  /// (a `roster.updated/1` event with the whole row) or left as it was, and nothing is stored unless
  /// `body` returns. Licenses already on the roster that `body` does not put stay as they are.
  ///
  /// ```swift
  /// let summary = try ledger.importRoster { roster in
  ///   for license in licenses { _ = try roster.put(license) }
  /// }
  /// ```
  ///
  /// - Throws: The first error `body` throws, unchanged (a ``LedgerError`` from ``RosterImport/put(_:)``
  ///   among them), or a ``LedgerError`` from committing.
  public func importRoster(_ body: (inout RosterImport) throws -> Void) throws -> RosterImportSummary {
    let recordedAt = clock()
    let path = path
    return try writeCarrying(bulk: true) { db in
      var roster = RosterImport(writer: try RecordWriter(db, recordedAt: recordedAt), path: path)
      try body(&roster)
      return roster.summary
    }
  }

  /// The roster's entry for a license, or nil when the license is not on the roster.
  public func rosterLicense(_ key: LicenseKey) throws(LedgerError) -> RosterLicense? {
    try read { db in try RosterImport.row(db, key: key)?.license() }
  }

  /// How many licenses of a board are on the roster.
  public func rosterCount(board: String) throws(LedgerError) -> Int {
    try read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM roster_licenses WHERE board = ?", arguments: [board]) ?? 0
    }
  }
}

/// Puts licenses on the roster inside ``Ledger/importRoster(_:)``.
public struct RosterImport {
  private var writer: RecordWriter
  private let path: String
  /// The rows this import has put, so a license given twice is refused.
  private var touched: Set<Int64> = []
  /// What the import did so far.
  public private(set) var summary = RosterImportSummary()

  init(writer: RecordWriter, path: String) {
    self.writer = writer
    self.path = path
  }

  /// Adds the license to the roster, or updates its profile and holder name when they changed.
  ///
  /// The board id is stored lowercase and the type uppercase (``LicenseKey``); the name is trimmed and
  /// in NFC.
  ///
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/invalidValue`` (a malformed key,
  ///   attribute or name, or an issue date after the expiry) or ``LedgerError/Code-swift.struct/duplicate``
  ///   (the license was already put by this import).
  public mutating func put(_ license: RosterLicense) throws(LedgerError) -> RosterChange {
    let profile = license.profile
    let key = try License.checkedKey(of: profile)
    let holder = try Check.name(license.holderName, as: .holder)
    var row = RosterLicenseRow(key: key, profile: profile, holderName: holder)
    return try LedgerError.mapping(path: path) {
      let db = writer.db
      if let stored = try Self.row(db, key: key) {
        guard touched.insert(stored.id).inserted else {
          throw LedgerError(.duplicate, "license \(key) is given twice")
        }
        row.id = stored.id
        guard row != stored else {
          summary.unchanged += 1
          return .unchanged
        }
        try db.execute(
          sql: "UPDATE roster_licenses SET holder_name = ?, expires = ?, issued = ?, attributes = ? WHERE id = ?",
          arguments: [row.holderName, row.expires, row.issued, row.attributes, row.id])
        try writer.append(
          .rosterUpdated, stream: row.stream, key: "\(row.stream)/updated/\(writer.chain.headSeq + 1)",
          data: row.canonical)
        summary.updated += 1
        return .updated
      }
      row.id = try InsertStatement(db, sql: RosterLicenseRow.insertSQL).insert(db, row.bind)
      touched.insert(row.id)
      try writer.append(.rosterLicensed, stream: row.stream, key: "\(row.stream)/licensed", data: row.canonical)
      summary.added += 1
      return .added
    }
  }

  /// The stored row for `key`, inside a transaction.
  static func row(_ db: Database, key: LicenseKey) throws -> RosterLicenseRow? {
    try Row.fetchOne(
      db.cachedStatement(
        sql: "SELECT \(RosterLicenseRow.columns) FROM roster_licenses WHERE board = ? AND type = ? AND number = ?"),
      arguments: [key.board, key.type, key.number]
    ).map { try RosterLicenseRow(row: $0) }
  }
}
