import VigilBase
import VigilCourse

/// One renewal cycle of one license: its first and last day, and which cycle of the license it is.
public struct BoardCycle: Sendable, Hashable {
  /// The first day of the cycle.
  public var start: CalendarDate
  /// The last day of the cycle (the renewal date for cycles anchored on the license's expiry).
  public var end: CalendarDate
  /// 1 for the cycle in which the license was issued (ending at the first renewal), 2 for the next, and so
  /// on; nil when the license's issue date is unknown.
  public var number: Int?

  /// Creates a cycle.
  public init(start: CalendarDate, end: CalendarDate, number: Int? = nil) {
    self.start = start
    self.end = end
    self.number = number
  }

  /// Whether a date falls in the cycle.
  public func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }
}
