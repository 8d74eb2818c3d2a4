/// A certificate the provider revoked: every credential issued under its number stops being valid.
///
/// There is no table: the `certificate.revoked/1` event is the record (key `revocation/<number>`, on
/// the completion's stream), so a revocation is appended and never changed or withdrawn.
public struct Revocation: Sendable, Hashable {
  /// The revoked certificate number.
  public var number: String
  /// The completion the certificate is for.
  public var completionID: Int64
  /// Why it was revoked, as the provider typed it.
  public var reason: String
  /// When, seconds since 1970 (UTC).
  public var revokedAt: Int64

  /// Creates a revocation value.
  public init(number: String, completionID: Int64, reason: String, revokedAt: Int64) {
    self.number = number
    self.completionID = completionID
    self.reason = reason
    self.revokedAt = revokedAt
  }
}
