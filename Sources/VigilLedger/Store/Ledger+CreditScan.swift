import GRDB
import VigilBoards

extension Ledger {
  /// Calls `body` with every license (of one board, or all) and its credits, in one consistent read
  /// that streams the tables instead of querying per license: the way to evaluate a whole board.
  ///
  /// Licenses come in id order; each license's credits are sorted as ``credits(for:)`` sorts them.
  ///
  /// - Parameters:
  ///   - board: A board id such as `tx-bon`, or nil for every board.
  ///   - body: Receives each license and its credits; throwing stops the scan and rethrows as a
  ///     ``LedgerError`` (a `LedgerError` thrown by `body` comes back unchanged).
  public func forEachLicense(
    board: String? = nil, _ body: (License, [EarnedCredit]) throws -> Void
  ) throws(LedgerError) {
    try read { db in
      let filter = board == nil ? "" : "WHERE board = ?"
      let arguments: StatementArguments = board.map { [$0] } ?? []
      let licenses = try Row.fetchCursor(
        db, sql: "SELECT \(LicenseRow.columns) FROM licenses \(filter) ORDER BY id", arguments: arguments)
      let credits = try Row.fetchCursor(
        db,
        sql: """
          SELECT k.license_id, c.course_id, c.course_version, c.course_title, c.completed_on, k.approver,
            k.approval_number, k.minutes, k.topics, k.id, c.id
          FROM credits k INDEXED BY credits_by_license JOIN completions c ON c.id = k.completion_id
          \(board == nil ? "" : "WHERE k.board = ?") ORDER BY k.license_id
          """, arguments: arguments)
      var pending = try credits.next().map(ScannedCredit.init(row:))
      while let row = try licenses.next() {
        let license = try LicenseRow(row: row).license()
        var group: [ScannedCredit] = []
        while let credit = pending, credit.licenseID <= license.id {
          if credit.licenseID == license.id { group.append(credit) }
          pending = try credits.next().map(ScannedCredit.init(row:))
        }
        group.sort { ($0.completedOn, $0.completionID, $0.id) < ($1.completedOn, $1.completionID, $1.id) }
        try body(license, try group.map { try $0.earnedCredit() })
      }
    }
  }
}

/// A credit row as the scan reads it, before it becomes an `EarnedCredit`.
private struct ScannedCredit {
  var licenseID: Int64
  var courseID: String
  var courseVersion: String
  var courseTitle: String
  var completedOn: String
  var approver: String
  var approvalNumber: String
  var minutes: Int
  var topics: String
  var id: Int64
  var completionID: Int64

  init(row: Row) throws {
    licenseID = try row.decode(atIndex: 0)
    courseID = try row.decode(atIndex: 1)
    courseVersion = try row.decode(atIndex: 2)
    courseTitle = try row.decode(atIndex: 3)
    completedOn = try row.decode(atIndex: 4)
    approver = try row.decode(atIndex: 5)
    approvalNumber = try row.decode(atIndex: 6)
    minutes = try row.decode(atIndex: 7)
    topics = try row.decode(atIndex: 8)
    id = try row.decode(atIndex: 9)
    completionID = try row.decode(atIndex: 10)
  }

  func earnedCredit() throws(LedgerError) -> EarnedCredit {
    EarnedCredit(
      courseID: courseID, courseVersion: courseVersion, courseTitle: courseTitle,
      completedOn: try Ledger.date(completedOn, in: "credits row \(id)"), approver: approver,
      approvalNumber: approvalNumber, minutes: minutes,
      topics: Set(try JSONStrings.decode(topics, in: "credits row \(id)")))
  }
}
