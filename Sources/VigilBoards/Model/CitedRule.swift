/// A board rule that is only a citation and notes: a board's "no credit for the same activity twice in a
/// cycle" rule, for example.
public struct CitedRule: Sendable, Hashable {
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a cited rule.
  public init(citation: Citation, notes: [BoardNote] = []) {
    self.citation = citation
    self.notes = notes
  }
}
