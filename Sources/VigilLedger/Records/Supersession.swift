/// A certificate number superseded by a re-issue: its completion's next edition, under a new number,
/// prints a corrected name.
///
/// There is no table: the `certificate.superseded/1` event is the record (key `supersession/<number>`,
/// on the completion's stream), so a number is superseded once and never restored.
public struct Supersession: Sendable, Hashable {
  /// The superseded certificate number.
  public var number: String
  /// The number of the certificate that replaces it.
  public var supersededBy: String
  /// The completion both certify.
  public var completionID: Int64
  /// When, seconds since 1970 (UTC).
  public var supersededAt: Int64

  /// Creates a supersession value.
  public init(number: String, supersededBy: String, completionID: Int64, supersededAt: Int64) {
    self.number = number
    self.supersededBy = supersededBy
    self.completionID = completionID
    self.supersededAt = supersededAt
  }
}
