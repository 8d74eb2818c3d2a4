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
  /// What SQLite's integrity check or the schema comparison found (absent when the file is sound).
  var fileProblems: [String]?
  /// Present (true) when this verify lifted an earlier refusal of writes.
  var refusalLifted: Bool?

  init(_ report: ChainReport, file: FileCheckReport, path: String, refusalLifted: Bool) {
    ledger = path
    intact = report.isIntact && file.isSound
    fileProblems = file.isSound ? nil : file.problems
    self.refusalLifted = refusalLifted ? true : nil
    events = report.eventCount
    rows = report.recordCount
    head = report.head?.description
    problem = report.problem.map { Problem(table: $0.table, row: $0.rowID, event: $0.eventID, reason: $0.reason) }
  }
}
