import ArgumentParser
import Foundation
import VigilBase
import VigilCourse

/// Dates on the command line are written `YYYY-MM-DD`.
extension CalendarDate: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(argument)
  }

  /// Today's date in UTC.
  static func today() -> CalendarDate {
    CalendarDate(daysSinceEpoch: Int(Date().timeIntervalSince1970 / 86_400))
  }
}
