/// What ``Ledger/reissueCertificate(number:reissuer:)`` did: the number superseded, the new edition's
/// credentials, and whether they were made now or by an earlier call (a retry changes nothing).
public struct Reissue: Sendable, Hashable {
  /// The number that was superseded.
  public var superseded: String
  /// The new certificate number.
  public var number: String
  /// The new edition (2 for the first re-issue).
  public var edition: Int
  /// Its credentials, in the order issued.
  public var credentials: [Certificate]
  /// False when an earlier call already re-issued the certificate for the learner's current name.
  public var isNew: Bool

  /// Creates a re-issue value.
  public init(superseded: String, number: String, edition: Int, credentials: [Certificate], isNew: Bool) {
    self.superseded = superseded
    self.number = number
    self.edition = edition
    self.credentials = credentials
    self.isNew = isNew
  }
}
