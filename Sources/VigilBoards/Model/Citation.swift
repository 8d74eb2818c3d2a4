/// Where a board rule comes from: the statute, rule or page, and the board's sources that state it.
public struct Citation: Sendable, Hashable {
  /// The statute, rule or page, e.g. `22 TAC 216.3(i)`.
  public var text: String
  /// The ids of the board's ``BoardSource``s that state the rule.
  public var sourceIDs: [String]

  /// Creates a citation.
  public init(text: String, sourceIDs: [String]) {
    self.text = text
    self.sourceIDs = sourceIDs
  }
}
