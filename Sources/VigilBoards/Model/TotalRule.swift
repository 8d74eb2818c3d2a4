/// The hours a license needs in each cycle.
///
/// When several totals apply to a license, the largest counts; when none applies, no general hours are required.
public struct TotalRule: Sendable, Hashable {
  /// The rule's id, unique among the board's totals, subtotals, requirements and caps.
  public var id: String
  /// The rule's name in words a licensee understands.
  public var title: String
  /// The minutes required per cycle.
  public var minutes: Int
  /// Who it applies to; empty means every license of the board.
  public var appliesTo: [Applicability]
  /// When set, credit counts toward this total when completed in the this many months that end on the
  /// application date (that day included) instead of in the cycle (Mississippi: 24 months before a renewal,
  /// endorsement or reinstatement application); nil to count the cycle's credit.
  public var lookBackMonths: Int?
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a total.
  public init(
    id: String, title: String, minutes: Int, appliesTo: [Applicability] = [], lookBackMonths: Int? = nil,
    citation: Citation, notes: [BoardNote] = []
  ) {
    self.id = id
    self.title = title
    self.minutes = minutes
    self.appliesTo = appliesTo
    self.lookBackMonths = lookBackMonths
    self.citation = citation
    self.notes = notes
  }
}
