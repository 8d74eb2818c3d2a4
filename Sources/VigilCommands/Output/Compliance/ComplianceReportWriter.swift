import VigilBase
import VigilBoards
import VigilExchange
import VigilLedger

/// Writes `vigil board compliance` as it is computed, one licensee at a time, so the report of a board
/// of any size streams.
protocol ComplianceReportWriter {
  /// Before the first licensee.
  mutating func begin(cycleEnding: CalendarDate) throws
  /// One licensee on the roster.
  mutating func licensee(_ standing: LicenseeCompliance) throws
  /// One record of a license not on the roster, after every licensee.
  mutating func offRoster(_ record: StoredBoardRecord) throws
  /// After the last record: the summary.
  mutating func end(_ summary: ComplianceSummary) throws
}

extension Board {
  /// Minutes as hours in the board's unit (`1.0`, `19.5`).
  func hours(_ minutes: Int) -> String {
    HoursText.format(minutes: minutes, minutesPerHour: unit.minutesPerHour)
  }
}
