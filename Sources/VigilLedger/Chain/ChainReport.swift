/// What ``Ledger/verify()`` found: the chain's length and head, and the first row that does not match.
public struct ChainReport: Sendable, Hashable {
  /// How many events the chain holds.
  public var eventCount: Int
  /// How many rows were checked against the chain.
  public var recordCount: Int
  /// The link of the last event (nil for an empty chain). Write it down somewhere else, with
  /// ``eventCount`` as its sequence number: `vigil ledger verify --since SEQ:LINK` later proves the
  /// ledger still holds that head and extends it.
  public var headHash: String?
  /// The first row that does not match, or nil when the ledger is intact.
  public var problem: ChainProblem?

  /// Creates a report.
  public init(eventCount: Int, recordCount: Int, headHash: String?, problem: ChainProblem?) {
    self.eventCount = eventCount
    self.recordCount = recordCount
    self.headHash = headHash
    self.problem = problem
  }

  /// The chain's head as `SEQ:LINK` values (nil for an empty chain).
  public var head: ChainHead? { headHash.map { ChainHead(sequence: Int64(eventCount), link: $0) } }

  /// Whether every event links to the one before it and every chained row matches its latest event.
  public var isIntact: Bool { problem == nil }
}

/// A row that does not match the chain: which table and row, the event involved, and why.
public struct ChainProblem: Sendable, Hashable, CustomStringConvertible {
  /// The table: `events`, `ledger`, `learners`, `licenses`, `attempts`, `responses`, `completions`,
  /// `credits`, `certificates`, `checkpoints`, a board's `trusted_providers`, `roster_licenses`,
  /// `imported_batches`, `provider_heads`, `board_records`, or `schema` for the database's tables,
  /// indexes and triggers.
  public var table: String
  /// The row's id in that table; nil for the schema, and for a row that is gone and had no id of its own.
  public var rowID: Int64?
  /// The event the row was compared with, if any.
  public var eventID: Int64?
  /// What does not match, and what it means.
  public var reason: String

  /// Creates a problem.
  public init(table: String, rowID: Int64?, eventID: Int64?, reason: String) {
    self.table = table
    self.rowID = rowID
    self.eventID = eventID
    self.reason = reason
  }

  /// `<table> row <id>: <reason>`, or `<table>: <reason>` without a row.
  public var description: String { rowID.map { "\(table) row \($0): \(reason)" } ?? "\(table): \(reason)" }
}
