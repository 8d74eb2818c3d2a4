/// Exact, bounded parsing of the numbers that course and board files and the command line write, so
/// hours never pass through `Double` and no input, however long, can overflow the arithmetic after it.
///
/// Both parsers read the XSD lexical forms (an optional sign, ASCII digits, for decimals one `.`),
/// with XML white space around them allowed, and refuse anything with more than
/// ``maximumDigits`` whole digits: such a number is no real count of hours, minutes or questions, and
/// refusing it keeps every product of two parsed values far inside `Int`.
public enum ExactDecimal {
  /// The most whole digits a number may have (999,999,999 at most).
  public static let maximumDigits = 9

  /// Parses an integer such as `12`, `+3` or `-40`; nil when it is not one or is too long.
  public static func integer(_ text: some StringProtocol) -> Int? {
    guard let parts = Parts(text), parts.fractionDigits == 0, !parts.hasPoint, parts.hasWholeDigits else { return nil }
    return parts.sign * parts.whole
  }

  /// Parses a decimal into hundredths (`"1.5"` is 150, `"-2"` is -200, `"0.250"` is 25); nil when it is
  /// not a decimal, is too long, or has a non-zero digit past the second decimal place.
  public static func hundredths(_ text: some StringProtocol) -> Int? {
    guard let parts = Parts(text), parts.hasWholeDigits || parts.fractionDigits > 0,
      parts.lastNonZeroFractionDigit <= 2
    else { return nil }
    return parts.sign * (parts.whole * 100 + parts.hundredths)
  }

  /// A number's text taken apart: sign, whole part and the digits after the point.
  private struct Parts {
    var sign = 1
    var whole = 0
    var hasWholeDigits = false
    var hasPoint = false
    /// How many digits follow the point.
    var fractionDigits = 0
    /// The first two of them as hundredths (`.5` is 50, `.25` is 25).
    var hundredths = 0
    /// The place after the point of the last digit that is not 0 (0 when there is none).
    var lastNonZeroFractionDigit = 0

    init?(_ text: some StringProtocol) {
      var bytes = Substring(text).utf8[...]
      while let first = bytes.first, Self.isSpace(first) { bytes = bytes.dropFirst() }
      while let last = bytes.last, Self.isSpace(last) { bytes = bytes.dropLast() }
      if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
        sign = first == UInt8(ascii: "-") ? -1 : 1
        bytes = bytes.dropFirst()
      }
      var significantDigits = 0
      for byte in bytes {
        if byte == UInt8(ascii: "."), !hasPoint {
          hasPoint = true
          continue
        }
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        let digit = Int(byte - UInt8(ascii: "0"))
        if hasPoint {
          guard fractionDigits < 2 * ExactDecimal.maximumDigits else { return nil }
          fractionDigits += 1
          if fractionDigits == 1 { hundredths = digit * 10 } else if fractionDigits == 2 { hundredths += digit }
          if digit > 0 { lastNonZeroFractionDigit = fractionDigits }
        } else {
          hasWholeDigits = true
          if whole > 0 || digit > 0 { significantDigits += 1 }
          guard significantDigits <= ExactDecimal.maximumDigits else { return nil }
          whole = whole * 10 + digit
        }
      }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
  }
}

extension ExactDecimal {
  /// The minutes of learning in `hundredths` of an hour at `minutesPerHour` minutes an hour.
  ///
  /// - Parameter exact: when true, nil unless the result is a whole number of minutes; when false,
  ///   fractions of a minute round toward zero.
  /// - Returns: nil when `exact` fails or the product does not fit in `Int` (no input can trap it).
  public static func minutes(hundredths: Int, minutesPerHour: Int, exact: Bool) -> Int? {
    let (product, overflow) = hundredths.multipliedReportingOverflow(by: minutesPerHour)
    guard !overflow, !exact || product % 100 == 0 else { return nil }
    return product / 100
  }
}
