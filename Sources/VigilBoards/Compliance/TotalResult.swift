import VigilBase
import VigilCourse

/// How one license stands on its total hours in one cycle.
public struct TotalResult: Sendable, Hashable {
  /// The id of the total rule that applies (the largest, when several do); nil when none applies.
  public var totalID: String?
  /// Minutes required: the total (after waiver and proration) plus ``onTopMinutes``.
  public var requiredMinutes: Int
  /// Minutes of on-top requirements due this cycle that are added to the total (Florida domestic violence
  /// in its third cycle: 120).
  public var onTopMinutes: Int
  /// Minutes counted: each course completion once, after rounding, repeats and caps, plus
  /// ``carriedInMinutes``.
  public var earnedMinutes: Int
  /// Minutes carried forward from the previous cycle and counted in ``earnedMinutes`` (0 when the board
  /// carries nothing forward).
  public var carriedInMinutes: Int
  /// Minutes this cycle carries forward into the next one (0 when the board carries nothing forward).
  public var carriedForwardMinutes: Int
  /// The first day of the credit counted: the cycle's first day, or the start of a look-back window
  /// before the application date (``TotalRule/lookBackMonths``).
  public var countedFrom: CalendarDate
  /// The last day of the credit counted: the cycle's last day, or the application date.
  public var countedThrough: CalendarDate
  /// Minutes still missing.
  public var shortfallMinutes: Int
  /// Why the total itself is excused, if it is.
  public var waiver: Waiver?
  /// True when the first cycle's total was prorated by month.
  public var isProrated: Bool
  /// The credits that counted, one per course completion, as indices into the credits given to the evaluator.
  public var countedCredits: [Int]
  /// The caps that kept credits from counting in full, in completion order.
  public var capsApplied: [CapApplied]

  /// Creates a result.
  public init(
    totalID: String?, requiredMinutes: Int, onTopMinutes: Int, earnedMinutes: Int, carriedInMinutes: Int = 0,
    carriedForwardMinutes: Int = 0, countedFrom: CalendarDate, countedThrough: CalendarDate, shortfallMinutes: Int,
    waiver: Waiver?, isProrated: Bool, countedCredits: [Int], capsApplied: [CapApplied] = []
  ) {
    self.capsApplied = capsApplied
    self.totalID = totalID
    self.requiredMinutes = requiredMinutes
    self.onTopMinutes = onTopMinutes
    self.earnedMinutes = earnedMinutes
    self.carriedInMinutes = carriedInMinutes
    self.carriedForwardMinutes = carriedForwardMinutes
    self.countedFrom = countedFrom
    self.countedThrough = countedThrough
    self.shortfallMinutes = shortfallMinutes
    self.waiver = waiver
    self.isProrated = isProrated
    self.countedCredits = countedCredits
  }
}
