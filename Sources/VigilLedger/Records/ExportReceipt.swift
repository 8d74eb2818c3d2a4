import VigilBase

/// A batch of completion records a provider exported for a board, as its `batch.exported/1` event
/// records it: what was sent, up to which head, so later exports can prove that the ledger only grew
/// since, and `vigil export --overdue` knows what is still to send.
public struct ExportReceipt: Sendable, Hashable {
  /// The board the batch is for.
  public var board: String
  /// The format written (`xml`, `csv`, `jsonl`, `xapi`, `cebroker-csv`).
  public var format: String
  /// The first and last completion days the batch covers; nil for an open end.
  public var from: CalendarDate?
  public var through: CalendarDate?
  /// The ledger head the batch was read at: it covers every completion recorded up to it.
  public var head: ChainHead
  /// How many records the batch holds.
  public var records: Int
  /// SHA-256 of the file's bytes, lowercase hex.
  public var digest: String
  /// When it was exported, seconds since 1970 (UTC).
  public var exportedAt: Int64

  /// Creates a receipt.
  public init(
    board: String, format: String, from: CalendarDate?, through: CalendarDate?, head: ChainHead, records: Int,
    digest: String, exportedAt: Int64
  ) {
    self.board = board
    self.format = format
    self.from = from
    self.through = through
    self.head = head
    self.records = records
    self.digest = digest
    self.exportedAt = exportedAt
  }

  /// Whether the batch covers a completion recorded at `sequence` on `day`.
  public func covers(sequence: Int64, on day: CalendarDate) -> Bool {
    sequence <= head.sequence && from.map { $0 <= day } ?? true && through.map { day <= $0 } ?? true
  }
}
