/// Rounding for display only: grading never rounds.
public enum ScoreFormat {
  /// The most decimals shown.
  public static let maximumDecimals = 9

  /// `value` with `decimals` decimals (0 to ``maximumDecimals``), rounded half away from zero:
  /// `decimal(66.666, decimals: 1)` is "66.7", `decimal(2.5, decimals: 0)` is "3".
  ///
  /// Values are rounded from their binary form, so a value like 1.005 (stored as 1.00499…) shows as
  /// "1.00" with two decimals. Non-finite values show as "nan", "inf" or "-inf".
  public static func decimal(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    let places = min(maximumDecimals, max(0, decimals))
    var scale: UInt64 = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9e15 else { return String(value) }
    let units = UInt64(scaled)
    let sign = value < 0 && units > 0 ? "-" : ""
    let whole = String(units / scale)
    guard places > 0 else { return sign + whole }
    let fraction = String(units % scale)
    return sign + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
  }

  /// A percentage with `decimals` decimals and a percent sign: "66.7%".
  public static func percent(_ value: Double, decimals: Int) -> String {
    decimal(value, decimals: decimals) + "%"
  }

  /// `value` with only the decimals it needs, up to ``maximumDecimals``: 80 is "80", 72.5 is "72.5",
  /// 2/3 is "0.666666667". Any value is accepted, like ``decimal(_:decimals:)``.
  public static func shortest(_ value: Double) -> String {
    let text = decimal(value, decimals: maximumDecimals)
    guard value.isFinite, text.contains("."), !text.contains("e") else { return text }
    var trimmed = Substring(text)
    while trimmed.last == "0" { trimmed = trimmed.dropLast() }
    if trimmed.last == "." { trimmed = trimmed.dropLast() }
    return trimmed == "-0" ? "0" : String(trimmed)
  }

  /// A percentage such as a pass mark, with only the decimals it needs: "80%", "72.5%".
  public static func percent(_ value: Double) -> String {
    shortest(value) + "%"
  }
}
