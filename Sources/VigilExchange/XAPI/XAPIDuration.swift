/// ISO 8601 durations as xAPI statements write them (`PT1H2M5S`, `PT0S`).
enum XAPIDuration {
  /// The duration of whole `seconds` (negative counts as none), in hours, minutes and seconds.
  static func format(seconds: Int64) -> String {
    let total = max(0, seconds)
    let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
    var text = "PT"
    if hours > 0 { text += "\(hours)H" }
    if minutes > 0 { text += "\(minutes)M" }
    if rest > 0 || (hours == 0 && minutes == 0) { text += "\(rest)S" }
    return text
  }
}
