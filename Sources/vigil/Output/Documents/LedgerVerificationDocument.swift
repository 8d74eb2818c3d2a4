import VigilLedger

/// `vigil ledger verify --format json`: whether the ledger verifies, its size and head, and the first
/// problem found.
struct LedgerVerificationDocument: Encodable {
  /// The first row or event that does not agree with the chain.
  struct Problem: Encodable {
    var table: String
    var row: Int64?
    var event: Int64?
    var reason: String
  }

  var ledger: String
  var intact: Bool
  var events: Int
  var rows: Int
  var head: String?
  var problem: Problem?

  init(_ report: ChainReport, path: String) {
    ledger = path
    intact = report.isIntact
    events = report.eventCount
    rows = report.recordCount
    head = report.head?.description
    problem = report.problem.map { Problem(table: $0.table, row: $0.rowID, event: $0.eventID, reason: $0.reason) }
  }
}
