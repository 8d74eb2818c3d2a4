/// The state of the ledger an export reads, fixed before its first record: the head, who the provider
/// is, and how this head extends the one the board was sent last.
public struct ExportSource: Sendable, Hashable {
  /// The head the export reads at; nil for a ledger without events.
  public var head: ChainHead?
  /// The ledger's id (a UUID); nil for a ledger without events.
  public var ledgerID: String?
  /// The provider's name and web address as the latest completion's snapshot prints them; nil before
  /// any completion.
  public var providerName: String?
  public var providerWeb: String?
  /// The last XML batch exported for the board (the kind that carries a head), if any.
  public var previous: ExportReceipt?
  /// Every batch exported for the board before, in any format, oldest first: what `--overdue` counts
  /// as sent.
  public var exports: [ExportReceipt]

  /// Creates a source value.
  public init(
    head: ChainHead?, ledgerID: String?, providerName: String?, providerWeb: String?, previous: ExportReceipt?,
    exports: [ExportReceipt] = []
  ) {
    self.head = head
    self.ledgerID = ledgerID
    self.providerName = providerName
    self.providerWeb = providerWeb
    self.previous = previous
    self.exports = exports
  }
}
