import VigilBase

/// The proof that one head of a provider's chain extends another: the event hashes after the earlier
/// head, folded one at a time as the chain links them (`link(n) = SHA-256(link(n-1) ‖ hash(n))`), so a
/// proof of millions of events takes the memory of one link.
///
/// ```swift
/// var proof = HeadProof(from: lastHeadSentToThisBoard)
/// for hash in eventHashesSinceThen { try proof.append(eventHash: hash) }
/// proof.reached   // the head the hashes lead to; a batch's head must be exactly this
/// ```
public struct HeadProof: Sendable, Hashable {
  /// The head the proof starts from; nil for the start of the chain (before event 1).
  public let from: ChainHead?
  /// How many event hashes were folded in.
  public private(set) var count: Int64 = 0
  private var sequence: Int64
  private var link: [UInt8]

  /// Starts a proof at `from` (nil: before the provider's first event).
  public init(from: ChainHead?) {
    self.from = from
    sequence = from?.sequence ?? 0
    link = from.flatMap { ChainHash.raw($0.link) } ?? [UInt8](repeating: 0, count: 32)
  }

  /// A proof from `from` over the given event hashes.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/invalidValue`` when a hash is not 64 lowercase hex digits.
  public init(from: ChainHead?, eventHashes: some Sequence<String>) throws(LedgerError) {
    self.init(from: from)
    for hash in eventHashes { try append(eventHash: hash) }
  }

  /// Folds the next event's hash in.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/invalidValue`` when it is not 64 lowercase hex digits.
  public mutating func append(eventHash: String) throws(LedgerError) {
    guard let bytes = ChainHash.raw(eventHash) else {
      throw .invalid(
        "event hash \(count + 1) of the head proof is not 64 lowercase hex digits (\(Echo.quoted(eventHash)))")
    }
    link = ChainHash.digest(link + bytes)
    sequence += 1
    count += 1
  }

  /// The head the proof leads to: the last event folded in, or ``from`` when none was.
  public var reached: ChainHead? {
    count == 0 ? from : ChainHead(sequence: sequence, link: ChainHash.hex(link))
  }
}
