import GRDB
import VigilBase

extension Ledger {
  /// The condition on `board_records r` that keeps only the records compliance counts: completions that
  /// no record of the same provider supersedes or revokes (by naming them in `replaces`).
  private static let currentCompletion = """
    r.kind = 'completion'
    AND NOT EXISTS (SELECT 1 FROM board_records s WHERE s.provider_id = r.provider_id AND s.replaces = r.hash)
    """

  /// Calls `body` with every license on a board's roster and the board's current completion records
  /// for it, in license order (type, then number), in one consistent read that streams both tables
  /// side by side (a merged scan ordered by license) instead of querying per license: the way to
  /// evaluate a whole board. Records of licenses not on the roster are skipped here; see
  /// ``forEachRecordOffRoster(board:_:)``.
  ///
  /// Each license's records come oldest completion first; superseded and revoked records and
  /// revocations never come.
  ///
  /// - Throws: An error `body` throws, unchanged (the scan stops), or a ``LedgerError``.
  public func forEachRosterLicense(board: String, _ body: (RosterLicense, [StoredBoardRecord]) throws -> Void) throws {
    try readCarrying { db in
      let roster = try Row.fetchCursor(
        db, sql: "SELECT \(RosterLicenseRow.columns) FROM roster_licenses WHERE board = ? ORDER BY type, number",
        arguments: [board])
      let records = try Row.fetchCursor(
        db,
        sql: """
          SELECT \(BoardRecordRow.columns(as: "r")), p.name FROM board_records r INDEXED BY board_records_by_license
          JOIN trusted_providers p ON p.id = r.provider_id
          WHERE r.board = ? AND \(Self.currentCompletion) ORDER BY r.license_type, r.license_number
          """, arguments: [board])
      var pending = try records.next().map(BoardRecordRow.stored)
      while let row = try roster.next() {
        let license = try RosterLicenseRow(row: row)
        var group: [StoredBoardRecord] = []
        while let record = pending, !Self.precedes(license, record.record) {
          if Self.sameLicense(license, record.record) { group.append(record) }
          pending = try records.next().map(BoardRecordRow.stored)
        }
        group.sort { ($0.record.completedOn, $0.id) < ($1.record.completedOn, $1.id) }
        try body(try license.license(), group)
      }
    }
  }

  /// Calls `body` with every current completion record of a board whose license is not on the roster,
  /// in license order, then oldest completion first: records a board receives for people it does not
  /// list, which it cannot evaluate without their profile.
  ///
  /// - Throws: An error `body` throws, unchanged (the scan stops), or a ``LedgerError``.
  public func forEachRecordOffRoster(board: String, _ body: (StoredBoardRecord) throws -> Void) throws {
    try readCarrying { db in
      let records = try Row.fetchCursor(
        db,
        sql: """
          SELECT \(BoardRecordRow.columns(as: "r")), p.name FROM board_records r INDEXED BY board_records_by_license
          JOIN trusted_providers p ON p.id = r.provider_id
          WHERE r.board = ? AND \(Self.currentCompletion)
            AND NOT EXISTS (
              SELECT 1 FROM roster_licenses l WHERE l.board = r.board AND l.type = r.license_type
                AND l.number = r.license_number)
          ORDER BY r.license_type, r.license_number, r.completed_on, r.id
          """, arguments: [board])
      while let row = try records.next() { try body(try BoardRecordRow.stored(row)) }
    }
  }

  /// Whether the roster license sorts before the record's license, in SQLite's byte order (the order
  /// both scans come in).
  private static func precedes(_ license: RosterLicenseRow, _ record: BoardRecord) -> Bool {
    if license.type != record.licenseType { return license.type.utf8.lexicographicallyPrecedes(record.licenseType.utf8) }
    return license.number.utf8.lexicographicallyPrecedes(record.licenseNumber.utf8)
  }

  private static func sameLicense(_ license: RosterLicenseRow, _ record: BoardRecord) -> Bool {
    license.type == record.licenseType && license.number == record.licenseNumber
  }
}
