/// A record as a batch file gives it: the fields, the hash the file claims for them, and where it is.
public struct ReadRecord: Sendable, Hashable {
  /// The record's fields.
  public var record: CompletionRecord
  /// The hash written beside them, which must be the hash of the fields.
  public var claimedHash: String
  /// Where the record is, for messages: `line 12` (CSV, JSON Lines, XML).
  public var position: String

  /// Creates a read record.
  public init(record: CompletionRecord, claimedHash: String, position: String) {
    self.record = record
    self.claimedHash = claimedHash
    self.position = position
  }
}
