import VigilBase
import VigilCourse

/// How one license stands on one mandatory topic in one cycle.
public struct RequirementResult: Sendable, Hashable {
  /// Where the license stands.
  public enum Status: Sendable, Hashable {
    /// The earned credit meets the requirement.
    case met
    /// The requirement is due and not met.
    case unmet
    /// The requirement is not due in this cycle (an every-Nth-cycle topic between its due cycles).
    case notDue
    /// The license is excused.
    case waived(Waiver)
  }

  /// The requirement's id in the board file.
  public var requirementID: String
  /// The requirement's title, in words a licensee understands.
  public var title: String
  /// Where the license stands.
  public var status: Status
  /// Minutes counted toward it (after the board's rounding; each course completion once).
  public var earnedMinutes: Int
  /// Minutes required in this cycle (0 when it is not due, waived, or sets no minimum).
  public var requiredMinutes: Int
  /// Minutes still missing (0 when met, not due or waived).
  public var shortfallMinutes: Int
  /// False when the rule sets no hour minimum: completing one accepted course satisfies it.
  public var hasMinimum: Bool
  /// The credits that counted, as indices into the credits given to the evaluator.
  public var satisfiedBy: [Int]
  /// The last day of the cycle by which it must next be met; nil for a one-time requirement already met
  /// or waived.
  public var nextDue: CalendarDate?

  /// Creates a result.
  public init(
    requirementID: String, title: String, status: Status, earnedMinutes: Int, requiredMinutes: Int,
    shortfallMinutes: Int, hasMinimum: Bool, satisfiedBy: [Int], nextDue: CalendarDate?
  ) {
    self.requirementID = requirementID
    self.title = title
    self.status = status
    self.earnedMinutes = earnedMinutes
    self.requiredMinutes = requiredMinutes
    self.shortfallMinutes = shortfallMinutes
    self.hasMinimum = hasMinimum
    self.satisfiedBy = satisfiedBy
    self.nextDue = nextDue
  }

  /// Whether the requirement keeps the license from being compliant.
  public var isBlocking: Bool { status == .unmet }
}
