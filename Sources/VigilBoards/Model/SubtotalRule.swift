/// A minimum within a total for one category of credit: at least ``minutes`` of the credit that counts
/// toward the total ``totalID`` in a cycle must come through ``approvers`` and/or be on ``topics`` (Texas
/// physicians: 24 of the 48 credits are formal AMA PRA Category 1).
///
/// It adds nothing to the total, counts only the cycle's own credit (never credit carried forward), and
/// is waived whenever its total is.
public struct SubtotalRule: Sendable, Hashable {
  /// The rule's id, unique among the board's totals, subtotals, requirements and caps.
  public var id: String
  /// The rule's name in words a licensee understands.
  public var title: String
  /// The id of the total it is part of; it applies when that total is the one that applies to a license.
  public var totalID: String
  /// The least minutes of this category per cycle.
  public var minutes: Int
  /// Only credit through these approvers counts; empty means any credit the total counts.
  public var approvers: [String]
  /// Only credit on one of these topics counts; empty means any topic.
  public var topics: [String]
  /// Who it applies to; empty means every license its total applies to.
  public var appliesTo: [Applicability]
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a subtotal.
  public init(
    id: String, title: String, totalID: String, minutes: Int, approvers: [String] = [], topics: [String] = [],
    appliesTo: [Applicability] = [], citation: Citation, notes: [BoardNote] = []
  ) {
    self.id = id
    self.title = title
    self.totalID = totalID
    self.minutes = minutes
    self.approvers = approvers
    self.topics = topics
    self.appliesTo = appliesTo
    self.citation = citation
    self.notes = notes
  }

  /// Whether a credit is of the subtotal's category (whether it counts toward the total is decided apart).
  public func covers(_ credit: EarnedCredit) -> Bool {
    credit.isOf(approvers: approvers, topics: topics)
  }
}
