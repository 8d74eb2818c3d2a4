/// What a board's ledger needs to know of a batch before its records: who sent it, what the file was,
/// and the provider ledger's head it carries with the proof that this head extends the last one the
/// board saw.
public struct IncomingBatch: Sendable, Hashable {
  /// The trusted provider's name (the one the batch's signing key belongs to, or the one named for an
  /// unsigned batch).
  public var provider: String
  /// Lowercase hex SHA-256 of the batch file's bytes.
  public var digest: String
  /// The batch's format, e.g. `xml`, `jsonl`, `csv`.
  public var format: String
  /// Whether the batch's signature was verified against the provider's keys; false for `--unsigned`,
  /// and then every record it adds is marked unverified.
  public var isVerified: Bool
  /// The provider ledger's head the batch carries, with its proof; nil for a batch without one
  /// (an unsigned CSV or JSON Lines file).
  public var head: BatchHead?

  /// Creates a batch description.
  public init(provider: String, digest: String, format: String, isVerified: Bool, head: BatchHead? = nil) {
    self.provider = provider
    self.digest = digest
    self.format = format
    self.isVerified = isVerified
    self.head = head
  }
}

/// A provider head a batch carries and what proves it extends the last head the board saw.
public struct BatchHead: Sendable, Hashable {
  /// The provider ledger's head when the batch was written.
  public var head: ChainHead
  /// The event hashes from an earlier head up to ``head``; nil when the batch carries none (then only
  /// a first batch, or one whose head the board already saw, is accepted).
  public var proof: HeadProof?

  /// Creates a batch head.
  public init(head: ChainHead, proof: HeadProof?) {
    self.head = head
    self.proof = proof
  }
}
