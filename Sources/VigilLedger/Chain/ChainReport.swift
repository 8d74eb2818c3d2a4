/// What ``Ledger/verify()`` found: the chain's length and head, and the first row that does not match.
public struct ChainReport: Sendable, Hashable {
  /// How many events the chain holds.
  public var eventCount: Int
  /// How many learner, license, completion and credit rows were checked against the chain.
  public var recordCount: Int
  /// The hash of the last event (nil for an empty chain). Write it down somewhere else: a later
  /// `vigil ledger verify` that prints the same head proves nothing was appended or cut off since.
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

  /// Whether every event links to the one before it and every chained row matches its latest event.
  public var isIntact: Bool { problem == nil }
}

/// A row that does not match the chain: which table and row, the event involved, and why.
public struct ChainProblem: Sendable, Hashable, CustomStringConvertible {
  /// The table: `events`, `learners`, `licenses`, `completions` or `credits`.
  public var table: String
  /// The row's id in that table.
  public var rowID: Int64
  /// The event the row was compared with, if any.
  public var eventID: Int64?
  /// What does not match, and what it means.
  public var reason: String

  /// Creates a problem.
  public init(table: String, rowID: Int64, eventID: Int64?, reason: String) {
    self.table = table
    self.rowID = rowID
    self.eventID = eventID
    self.reason = reason
  }

  /// `<table> row <id>: <reason>`.
  public var description: String { "\(table) row \(rowID): \(reason)" }
}
