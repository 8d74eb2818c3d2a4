import VigilLedger

/// What an export wrote.
public struct ExportSummary: Sendable, Hashable {
  /// Records written, revocations among them.
  public var records: Int
  public var revocations: Int
  /// The file and its detached signature; nil when the records went to standard output.
  public var path: String?
  public var signaturePath: String?
  /// The ledger head the records were read at.
  public var head: ChainHead?
  /// SHA-256 of the bytes written, lowercase hex.
  public var digest: String
  /// Whether this export was recorded as sent (false for standard output, or the same bytes sent before).
  public var recorded: Bool

  /// Creates a summary.
  public init(
    records: Int, revocations: Int, path: String?, signaturePath: String?, head: ChainHead?, digest: String,
    recorded: Bool
  ) {
    self.records = records
    self.revocations = revocations
    self.path = path
    self.signaturePath = signaturePath
    self.head = head
    self.digest = digest
    self.recorded = recorded
  }
}
