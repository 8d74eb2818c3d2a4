import VigilBase
import VigilCourse

/// How a board's cure period (``CureRule``) worked for one cycle: until when its shortfall may be made up,
/// and which courses completed after the cycle's end were counted toward it.
public struct CureResult: Sendable, Hashable {
  /// The last day a course may be completed and still count toward the cycle.
  public var deadline: CalendarDate
  /// The credits of the courses completed after the cycle's end that count toward it instead of the next
  /// cycle, as indices into the credits given to the evaluator; empty when none were needed or none helped.
  public var credits: [Int]

  /// Creates a result.
  public init(deadline: CalendarDate, credits: [Int]) {
    self.deadline = deadline
    self.credits = credits
  }
}
