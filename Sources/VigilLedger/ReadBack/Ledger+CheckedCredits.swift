import GRDB
import VigilBoards

extension Ledger {
  /// Checks credits read for a license before anything sums or prints them, and returns their total.
  ///
  /// A credit outside `0...`\(``CreditMinutes/maximum``) minutes, or a total that does not fit in an
  /// `Int`, means the ledger was damaged or edited: the error names the `credits` row, and the finding
  /// is recorded beside the ledger so later writes are refused.
  ///
  /// - Parameters:
  ///   - credits: What ``credits(for:)`` returned for `key`.
  ///   - key: The license they belong to.
  /// - Returns: Their total minutes.
  /// - Throws: ``LedgerError/Code-swift.struct/damaged``.
  public func checkedTotal(of credits: [EarnedCredit], for key: LicenseKey) throws(LedgerError) -> Int {
    try LedgerError.mapping(path: path) {
      if let bad = credits.first(where: { $0.minutes < 0 || $0.minutes > CreditMinutes.maximum }) {
        let row = try queue.read { db in
          try Int64.fetchOne(
            db,
            sql: """
              SELECT k.id FROM credits k JOIN licenses l ON l.id = k.license_id
              WHERE l.board = ? AND l.type = ? AND l.number = ? AND k.minutes = ? ORDER BY k.id LIMIT 1
              """, arguments: [key.board, key.type, key.number, bad.minutes])
        }
        _ = try CreditMinutes.checked(Int64(bad.minutes), table: "credits", row: row)
      }
      return try CreditMinutes.total(credits.map(\.minutes), of: "the credits of \(key)")
    }
  }
}
