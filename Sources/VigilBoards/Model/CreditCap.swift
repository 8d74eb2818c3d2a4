/// A limit on the credit counted toward the total: per calendar day, or per cycle for a category of credit.
public struct CreditCap: Sendable, Hashable {
  /// The period a cap limits.
  public enum Period: String, Sendable, Hashable {
    /// Credit completed on one calendar day.
    case day
    /// Credit in one renewal cycle.
    case cycle
  }

  /// The rule's id, unique among the board's totals, subtotals, requirements and caps.
  public var id: String
  /// The rule's name in words a licensee understands.
  public var title: String
  /// The period it limits.
  public var period: Period
  /// The most minutes counted in the period.
  public var minutes: Int
  /// Only credit through these approvers is capped; empty means all.
  public var approvers: [String]
  /// Only credit on one of these topics is capped; empty means all.
  public var topics: [String]
  /// Who it applies to; empty means every license of the board.
  public var appliesTo: [Applicability]
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a cap.
  public init(
    id: String, title: String, period: Period, minutes: Int, approvers: [String] = [], topics: [String] = [],
    appliesTo: [Applicability] = [], citation: Citation, notes: [BoardNote] = []
  ) {
    self.id = id
    self.title = title
    self.period = period
    self.minutes = minutes
    self.approvers = approvers
    self.topics = topics
    self.appliesTo = appliesTo
    self.citation = citation
    self.notes = notes
  }

  /// Whether the cap limits a credit.
  public func covers(_ credit: EarnedCredit) -> Bool {
    credit.isOf(approvers: approvers, topics: topics)
  }
}
