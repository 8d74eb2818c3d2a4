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
  /// The head of the previous batch to this board, and the event hashes from it to ``head``; nil for
  /// the first batch.
  public var since: ChainHead?
  public var proof: [String]

  /// Creates a header.
  public init(
    providerName: String, providerWeb: String?, ledgerID: String, keyID: String, board: String, from: CalendarDate?,
    through: CalendarDate?, generatedAt: Int64, head: ChainHead, checkpoint: String, since: ChainHead?, proof: [String]
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
