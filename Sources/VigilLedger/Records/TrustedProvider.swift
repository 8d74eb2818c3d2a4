import VigilSigning

/// A CE provider a board trusts: the name the board gave it and the provider's public keys, whose
/// signatures on batches the board accepts.
///
/// A removed provider keeps its row (its imported records still name it), but its batches are refused.
public struct TrustedProvider: Sendable, Hashable {
  /// The row's id.
  public var id: Int64
  /// The board's name for the provider: lowercase letters and digits joined by hyphens (`acme-ce`).
  public var name: String
  /// The provider's public keys, as the provider's `vigil keys export` wrote them.
  public var keys: JWKSet
  /// When the board trusted it, seconds since 1970 (UTC).
  public var trustedAt: Int64
  /// When the board stopped trusting it; nil while it is trusted.
  public var removedAt: Int64?

  /// Creates a provider value.
  public init(id: Int64, name: String, keys: JWKSet, trustedAt: Int64, removedAt: Int64? = nil) {
    self.id = id
    self.name = name
    self.keys = keys
    self.trustedAt = trustedAt
    self.removedAt = removedAt
  }

  /// Whether the board still accepts the provider's batches.
  public var isTrusted: Bool { removedAt == nil }
}

/// What ``Ledger/trustProvider(name:keys:)`` did.
public struct ProviderTrustOutcome: Sendable, Hashable {
  /// What changed in the board's ledger.
  public enum Change: Sendable, Hashable {
    /// The provider is trusted from now on (a `provider.trusted/1` event).
    case trusted
    /// The provider rotated its key: these key ids, new in its set, are trusted beside the ones it had
    /// (a `provider.keys-added/1` event).
    case keysAdded([String])
    /// The name already held exactly this key set; nothing was written.
    case unchanged
  }

  /// The provider as stored.
  public var provider: TrustedProvider
  /// What changed.
  public var change: Change

  /// Creates an outcome.
  public init(provider: TrustedProvider, change: Change) {
    self.provider = provider
    self.change = change
  }
}
