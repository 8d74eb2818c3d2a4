import Foundation
import VigilBase
import VigilGrading
import VigilLedger

/// The one clock the commands read: the time a session's answers, seat time, deadlines and
/// completion dates are taken from, and the time the ledger records events at.
///
/// The shipped `vigil` never changes it, and no flag, file or environment variable reaches it, so a
/// learner cannot make a session think it is another time. Only the test executable
/// (`vigil-under-test`, built with the tests) sets it, before it calls ``VigilCommand/main()``.
public enum CommandClock {
  /// Seconds since the Unix epoch, UTC.
  nonisolated(unsafe) public static var seconds: @Sendable () -> Int64 = Ledger.systemClock

  /// The current instant.
  static var now: Timestamp { Timestamp(secondsSinceEpoch: seconds()) }

  /// Today's date in the user's time zone (`TZ`, else the system's), as the README promises.
  static func today() -> CalendarDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone.current
    let parts = calendar.dateComponents(
      [.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(seconds())))
    return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
  }
}
