/// What ``Ledger/importBatch(_:records:)`` did with a batch.
public enum BatchImportResult: Sendable, Hashable {
  /// The batch was stored: `added` records were new, `unchanged` were already in the ledger.
  case imported(batchID: Int64, added: Int, unchanged: Int)
  /// Every record was already in the ledger and the head (if any) already seen: nothing was written.
  case unchanged(records: Int)
  /// The batch was refused and nothing of it was written; the refusals in the order found (at most
  /// ``BatchRefusal/maximumListed``), and how many there were in all.
  case refused([BatchRefusal], total: Int)
}

/// Why a batch, or one record of it, was refused.
public struct BatchRefusal: Sendable, Hashable, CustomStringConvertible {
  /// The most refusals a result lists; the total counts the rest.
  public static let maximumListed = 1000

  /// Where the refused record is, as the caller numbered it when adding it (a line or an index); nil
  /// when the batch as a whole is refused (an untrusted provider, a head that does not extend).
  public var place: Int?
  /// Where the record is in the file, when the caller knows it (`line 1000`).
  public var position: String?
  /// The reason, one line.
  public var reason: String

  /// Creates a refusal.
  public init(place: Int?, position: String? = nil, reason: String) {
    self.place = place
    self.position = position
    self.reason = reason
  }

  /// `record 1000 (line 1000): REASON`, `record 3: REASON`, or the reason alone for a whole batch.
  public var description: String {
    guard let place else { return reason }
    return "record \(place)" + (position.map { " (\($0))" } ?? "") + ": \(reason)"
  }
}
