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

  /// The rule's id, unique among the board's totals, subtotals, requirements and caps.
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
  /// Approvers accepted only in one occurrence of the requirement, by approver code: the Nth time it falls
  /// due for the license (1 is the first; see ``Frequency/occurrence(inCycle:)``). A Texas physician's
  /// HHSC-approved course counts for the first renewal only: `["TX-HHSC": 1]`. Approvers not listed are
  /// accepted every time.
  public var occurrenceLimits: [String: Int]
  /// Who it applies to; empty means every license of the board.
  public var appliesTo: [Applicability]
  /// The rule applies to cycles ending on or after this date.
  public var effective: CalendarDate?
  /// Whether proof of completion must be kept for good.
  public var retainIndefinitely: Bool
  /// Years proof of completion of this topic must be kept, when the board sets a period for the topic
  /// itself (Michigan implicit bias training: 6); nil when the board's ``Board/retention`` applies.
  public var retainYears: Int?
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a requirement.
  public init(
    id: String, title: String, topic: String, minutes: Int?, frequency: Frequency, placement: Placement,
    approvers: Approvers = .general, occurrenceLimits: [String: Int] = [:], appliesTo: [Applicability] = [],
    effective: CalendarDate? = nil, retainIndefinitely: Bool = false, retainYears: Int? = nil, citation: Citation,
    notes: [BoardNote] = []
  ) {
    self.id = id
    self.title = title
    self.topic = topic
    self.minutes = minutes
    self.frequency = frequency
    self.placement = placement
    self.approvers = approvers
    self.occurrenceLimits = occurrenceLimits
    self.appliesTo = appliesTo
    self.effective = effective
    self.retainIndefinitely = retainIndefinitely
    self.retainYears = retainYears
    self.citation = citation
    self.notes = notes
  }
}

extension Requirement.Frequency {
  /// Which time the requirement falls due in the license's cycle `number` (1 is the cycle ending at the
  /// first renewal): 1 the first time, 2 the second, and so on; nil when it is not due in that cycle or the
  /// cycle number is unknown. A one-time requirement falls due once, so its occurrence is always 1.
  public func occurrence(inCycle number: Int?) -> Int? {
    switch self {
    case .oneTime:
      return 1
    case .everyCycle, .yearly:
      guard let number, number >= 1 else { return nil }
      return number
    case .everyNthCycle(let every, let firstDue):
      guard let number, number >= firstDue, (number - firstDue) % every == 0 else { return nil }
      return (number - firstDue) / every + 1
    }
  }
}
