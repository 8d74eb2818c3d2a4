import VigilBase
import VigilCourse

/// A mandatory topic: how many hours, how often, how it relates to the total, who must take it and which
/// approvals satisfy it.
public struct Requirement: Sendable, Hashable {
  /// How often a requirement falls due.
  public enum Frequency: Sendable, Hashable {
    /// In every cycle.
    case everyCycle
    /// In every `every`-th cycle of the license, first in cycle `firstDue` (1 is the cycle ending at the first
    /// renewal); the topic may be taken in any of the `every` cycles that end with a due cycle.
    case everyNthCycle(every: Int, firstDue: Int)
    /// Once in the license's life.
    case oneTime
    /// In each 12-month year of the cycle, counted back from the cycle's end.
    case yearly
  }

  /// How a requirement relates to the total.
  public enum Placement: String, Sendable, Hashable {
    /// Its hours are part of the total, and credit accepted for it counts toward the total.
    case withinTotal = "within-total"
    /// Its hours are added to the total in the cycles it is due.
    case onTop = "on-top"
    /// It does not change the total, and credit accepted only for it does not count toward the total.
    case separate
  }

  /// Which approvals satisfy a requirement.
  public enum Approvers: Sendable, Hashable {
    /// The board's general approvers (``GeneralCredit``).
    case general
    /// Only these approver codes, e.g. `TX-HHSC`.
    case only([String])
    /// Any approval covering the topic.
    case any
  }

  /// The rule's id, unique among the board's totals, requirements and caps.
  public var id: String
  /// The rule's name in words a licensee understands, e.g. "Human trafficking prevention (Texas HHSC-approved)".
  public var title: String
  /// The topic code a course approval must carry, e.g. `human-trafficking`.
  public var topic: String
  /// The minutes required each time it falls due (each year for ``Frequency/yearly``); nil when the rule
  /// sets no minimum and completing one accepted course satisfies it.
  public var minutes: Int?
  /// How often it falls due.
  public var frequency: Frequency
  /// How it relates to the total.
  public var placement: Placement
  /// Which approvals satisfy it.
  public var approvers: Approvers
  /// Who it applies to; empty means every license of the board.
  public var appliesTo: [Applicability]
  /// The rule applies to cycles ending on or after this date.
  public var effective: CalendarDate?
  /// Whether proof of completion must be kept for good.
  public var retainIndefinitely: Bool
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a requirement.
  public init(
    id: String, title: String, topic: String, minutes: Int?, frequency: Frequency, placement: Placement,
    approvers: Approvers = .general, appliesTo: [Applicability] = [], effective: CalendarDate? = nil,
    retainIndefinitely: Bool = false, citation: Citation, notes: [BoardNote] = []
  ) {
    self.id = id
    self.title = title
    self.topic = topic
    self.minutes = minutes
    self.frequency = frequency
    self.placement = placement
    self.approvers = approvers
    self.appliesTo = appliesTo
    self.effective = effective
    self.retainIndefinitely = retainIndefinitely
    self.citation = citation
    self.notes = notes
  }
}
