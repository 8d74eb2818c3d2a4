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
  /// The hashes of the events after the previous batch's head through ``head``: folded into that
  /// head's link they give this one's. Empty without a previous batch.
  public var proof: [String]

  /// Creates a source value.
  public init(
    head: ChainHead?, ledgerID: String?, providerName: String?, providerWeb: String?, previous: ExportReceipt?,
    proof: [String]
  ) {
    self.head = head
    self.ledgerID = ledgerID
    self.providerName = providerName
    self.providerWeb = providerWeb
    self.previous = previous
    self.proof = proof
  }
}
