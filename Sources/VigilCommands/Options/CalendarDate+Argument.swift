import ArgumentParser
import Foundation
import VigilBase

/// Dates on the command line are written exactly `YYYY-MM-DD`.
extension CalendarDate: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(argument)
  }

  /// Today's date in the user's time zone (`TZ`, else the system's), as DESIGN and the README promise.
  static func today() -> CalendarDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone.current
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
  }
}
