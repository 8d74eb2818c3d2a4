import VigilBase

/// A point in a ledger's history: an event's sequence number and its link, written `SEQ:LINK`
/// (`8:3fa4…`). Kept outside the ledger (printed by `vigil ledger head`, signed into checkpoints,
/// certificates and batches), it lets `vigil ledger verify --since` prove that the ledger still holds
/// that history and only added to it.
public struct ChainHead: Sendable, Hashable, CustomStringConvertible {
  /// The event's sequence number, from 1.
  public var sequence: Int64
  /// The event's link: 64 lowercase hex digits.
  public var link: String

  /// Creates a head.
  public init(sequence: Int64, link: String) {
    self.sequence = sequence
    self.link = link
  }

  /// Parses `SEQ:LINK`.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/invalidValue`` naming what is wrong.
  public init(parsing text: String) throws(LedgerError) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let sequence = Int64(parts[0]), sequence >= 1,
      ChainHash.raw(String(parts[1])) != nil
    else {
      throw .invalid(
        "\(Echo.quoted(text)) is not a ledger head; write it SEQ:LINK as `vigil ledger head` prints it "
          + "(a number, a colon, 64 lowercase hex digits)")
    }
    self.init(sequence: sequence, link: String(parts[1]))
  }

  /// `SEQ:LINK`.
  public var description: String { "\(sequence):\(link)" }
}
