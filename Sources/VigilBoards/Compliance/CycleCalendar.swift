import VigilBase
import VigilCourse

/// The cycles of one license around the cycle being evaluated, under a board's ``CycleRule``.
///
/// Cycles are numbered by offset: 0 is the evaluated cycle, -1 the one before it, 1 the next. Every cycle
/// starts the day after the previous one ends, so cycles never overlap or leave gaps.
struct CycleCalendar {
  private enum Frame {
    /// Cycle `i` ends `i` cycle lengths after `end` (at the end of that month when `monthEnd`).
    case endAnchored(end: CalendarDate, monthEnd: Bool)
    /// Cycle `i` starts `index + i` cycle lengths after `epoch`.
    case fixed(epoch: CalendarDate, index: Int)
  }

  /// The cycle length in months.
  let months: Int
  private let frame: Frame

  /// The calendar whose cycle 0 is the one a renewal on `date` closes: the cycle ending on `date` for
  /// license-expiry anchors, ending at the end of `date`'s month for birth-month anchors, and the fixed
  /// cycle containing `date` for fixed anchors.
  init(rule: CycleRule, closingOn date: CalendarDate) {
    months = max(1, rule.months)
    switch rule.anchor {
    case .licenseExpiry:
      frame = .endAnchored(end: date, monthEnd: false)
    case .birthMonth:
      frame = .endAnchored(end: date, monthEnd: true)
    case .fixed(let epoch):
      let elapsed = (date.year - epoch.year) * 12 + (date.month - epoch.month)
      var index = elapsed >= 0 ? elapsed / months : -((-elapsed + months - 1) / months)
      while epoch.adding(months: months * index) > date { index -= 1 }
      while epoch.adding(months: months * (index + 1)) <= date { index += 1 }
      frame = .fixed(epoch: epoch, index: index)
    }
  }

  /// The last day of cycle `offset`.
  func end(_ offset: Int) -> CalendarDate {
    switch frame {
    case .endAnchored(let end, let monthEnd):
      let shifted = end.adding(months: months * offset)
      guard monthEnd else { return shifted }
      return CalendarDate(
        year: shifted.year, month: shifted.month, day: CalendarDate.daysIn(month: shifted.month, year: shifted.year))
    case .fixed(let epoch, let index):
      return epoch.adding(months: months * (index + offset + 1)).adding(days: -1)
    }
  }

  /// The first day of cycle `offset`.
  func start(_ offset: Int) -> CalendarDate { end(offset - 1).adding(days: 1) }

  /// The cycle at an offset as a value, numbered from the license's first cycle when known.
  func cycle(_ offset: Int, firstCycleOffset: Int?) -> BoardCycle {
    BoardCycle(start: start(offset), end: end(offset), number: firstCycleOffset.map { offset - $0 + 1 })
  }

  /// The offset of the cycle containing a day (days since 1970-01-01).
  func offset(containing day: Int) -> Int {
    let date = CalendarDate(daysSinceEpoch: day)
    let last = end(0)
    let elapsed = (last.year - date.year) * 12 + (last.month - date.month)
    var offset = -(elapsed / months)
    while start(offset).daysSinceEpoch > day { offset -= 1 }
    while end(offset).daysSinceEpoch < day { offset += 1 }
    return offset
  }

  /// Months or parts of months from `date` to the end of cycle 0 (at least 1 when `date` is in the cycle).
  func monthsRemaining(from date: CalendarDate) -> Int {
    let last = end(0)
    guard date <= last else { return 0 }
    var count = max(0, (last.year - date.year) * 12 + (last.month - date.month) - 1)
    while date.adding(months: count) <= last { count += 1 }
    return count
  }
}
