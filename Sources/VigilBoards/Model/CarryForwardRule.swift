/// Credit beyond what a cycle's total required, counted toward the next cycle's total (Texas physicians:
/// at most 48 credits, never the required topic credits of 22 TAC 161.35(a)(2)).
///
/// Carried credit counts toward the next cycle's total only: never further, never toward a subtotal or
/// a requirement. Credit carried into a cycle is used before the cycle's own, so it is never carried again,
/// and nothing carries out of a cycle whose total is waived.
public struct CarryForwardRule: Sendable, Hashable {
  /// The most minutes carried into the next cycle.
  public var minutes: Int
  /// The ids of the requirements whose required minutes cannot be carried forward.
  public var excludes: [String]
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a carry-forward rule.
  public init(minutes: Int, excludes: [String] = [], citation: Citation, notes: [BoardNote] = []) {
    self.minutes = minutes
    self.excludes = excludes
    self.citation = citation
    self.notes = notes
  }
}
