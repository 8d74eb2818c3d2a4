import VigilBase
import VigilLedger

/// What a batch says about itself before its records: who sends it, for which board and period, and
/// the provider ledger's head it was read at, signed, with the proof that this head extends the one
/// sent to the same board before.
public struct BatchHeader: Sendable, Hashable {
  /// The provider's name and web address as its latest completion prints them.
  public var providerName: String
  public var providerWeb: String?
  /// The provider ledger's id (a UUID).
  public var ledgerID: String
  /// The key id (RFC 7638 thumbprint) of the provider's signing key.
  public var keyID: String
  /// The board the records are for.
  public var board: String
  /// The completion days covered; nil for an open end.
  public var from: CalendarDate?
  public var through: CalendarDate?
  /// When the batch was made, seconds since 1970 (UTC).
  public var generatedAt: Int64
  /// The head the records were read at, and the provider's signed checkpoint of it (compact JWS).
  public var head: ChainHead
  public var checkpoint: String
  /// The head of the previous batch to this board; nil for the first batch.
  public var since: ChainHead?
  /// The event hashes from ``since`` to ``head`` as a batch's reader folded them, one at a time as they
  /// came; nil for the first batch and for a header being written (the exporter streams the hashes
  /// from the ledger into the batch, never holding them all).
  public var proof: HeadProof?

  /// Creates a header.
  public init(
    providerName: String, providerWeb: String?, ledgerID: String, keyID: String, board: String, from: CalendarDate?,
    through: CalendarDate?, generatedAt: Int64, head: ChainHead, checkpoint: String, since: ChainHead?, proof: HeadProof? = nil
  ) {
    self.providerName = providerName
    self.providerWeb = providerWeb
    self.ledgerID = ledgerID
    self.keyID = keyID
    self.board = board
    self.from = from
    self.through = through
    self.generatedAt = generatedAt
    self.head = head
    self.checkpoint = checkpoint
    self.since = since
    self.proof = proof
  }
}
