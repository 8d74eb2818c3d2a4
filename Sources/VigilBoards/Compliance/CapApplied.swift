/// A cap that kept part of a credit from counting toward a total (Michigan: at most 12 hours in a day).
public struct CapApplied: Sendable, Hashable {
  /// The cap's id in the board file.
  public var capID: String
  /// The credit the cap cut, as an index into the credits given to the evaluator.
  public var creditIndex: Int
  /// The minutes of that credit that did not count.
  public var minutesNotCounted: Int

  /// Creates a record of a cap applied.
  public init(capID: String, creditIndex: Int, minutesNotCounted: Int) {
    self.capID = capID
    self.creditIndex = creditIndex
    self.minutesNotCounted = minutesNotCounted
  }
}
