/// Hours as people read them (`1.0`, `1.5`, `0.75`), the one formatter for every report and message.
///
/// Credit is stored in integer minutes and approvals in hundredths of an hour; both are shown with at
/// least one decimal and at most two, and no value, however large, can overflow on the way.
public enum HoursText {
  /// Hundredths of an hour as text: 150 is `1.5`, 25 is `0.25`, -50 is `-0.5`.
  public static func format(hundredths: Int) -> String {
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = hundredths.magnitude
    let whole = magnitude / 100
    let fraction = magnitude % 100
    if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
    return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// Minutes as hours of `minutesPerHour` minutes (60, or 50 for some boards), rounded half up to hundredths.
  public static func format(minutes: Int, minutesPerHour: Int) -> String {
    let perHour = max(1, minutesPerHour)
    // Whole hours and the remainder separately, so minutes near Int.max cannot overflow.
    let (whole, remainder) = minutes.quotientAndRemainder(dividingBy: perHour)
    let fraction = (remainder * 100 + (remainder >= 0 ? perHour / 2 : -perHour / 2)) / perHour
    let (hundredths, overflow) = whole.multipliedReportingOverflow(by: 100)
    guard !overflow, case let (sum, false) = hundredths.addingReportingOverflow(fraction) else {
      return "\(whole).0"
    }
    return format(hundredths: sum)
  }
}
