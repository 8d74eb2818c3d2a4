import VigilBase
import VigilCourse

/// How long a board's renewal cycle is and what fixes its dates.
public struct CycleRule: Sendable, Hashable {
  /// What fixes a cycle's dates.
  public enum Anchor: Sendable, Hashable {
    /// A cycle ends on the license's expiry date.
    case licenseExpiry
    /// A cycle ends on the last day of the month the license expires in (the licensee's birth month).
    case birthMonth
    /// Cycles start on `epoch` and every cycle length after it, for every licensee.
    case fixed(epoch: CalendarDate)
  }

  /// The cycle's length in months, e.g. 24.
  public var months: Int
  /// What fixes the cycle's dates.
  public var anchor: Anchor
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a cycle rule.
  public init(months: Int, anchor: Anchor, citation: Citation, notes: [BoardNote] = []) {
    self.months = months
    self.anchor = anchor
    self.citation = citation
    self.notes = notes
  }
}
