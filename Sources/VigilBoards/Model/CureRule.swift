/// A cycle's shortfall may be made up after the cycle ends (Texas physicians: within 30 days after the
/// renewal).
///
/// When a cycle is short, courses completed in the ``days`` days after its last day count toward it
/// instead of the next cycle: taken whole, in completion order, each only when it makes something that
/// is short less short, until nothing is.
public struct CureRule: Sendable, Hashable {
  /// Days after the cycle's last day (day 1 is the day after it).
  public var days: Int
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a cure rule.
  public init(days: Int, citation: Citation, notes: [BoardNote] = []) {
    self.days = days
    self.citation = citation
    self.notes = notes
  }
}
