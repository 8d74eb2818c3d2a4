/// A day of the year without a year, such as a birthday (`02-29` is allowed).
///
/// Some boards renew licenses in the licensee's birth month, so a learner may carry one.
public struct MonthDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The month, 1 to 12.
  public var month: Int
  /// The day of the month, 1 to 31 (29 for February).
  public var day: Int

  /// Creates a month and day; nil when the day does not exist in any year (e.g. `04-31`).
  public init?(month: Int, day: Int) {
    guard (1...12).contains(month), (1...Self.longestMonth(month)).contains(day) else { return nil }
    self.month = month
    self.day = day
  }

  /// Parses `MM-DD`, e.g. `02-29`; nil when it is malformed or not a real day.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let month = Int(parts[0]), let day = Int(parts[1])
    else { return nil }
    self.init(month: month, day: day)
  }

  /// `MM-DD`.
  public var description: String {
    (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
  }

  public static func < (lhs: MonthDay, rhs: MonthDay) -> Bool {
    (lhs.month, lhs.day) < (rhs.month, rhs.day)
  }

  private static func longestMonth(_ month: Int) -> Int {
    switch month {
    case 2: return 29
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
