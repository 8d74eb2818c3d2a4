/// Exact parsing of the hours board files write, so hours never pass through `Double`.
enum BoardDecimal {
  /// Parses an XSD decimal with at most two significant decimals into hundredths (`"1.5"` is 150,
  /// `"-2"` is -200); nil when it is not such a number.
  static func hundredths(_ text: String) -> Int? {
    var digits = Substring(text.filter { !$0.isWhitespace })
    var sign = 1
    if digits.first == "-" || digits.first == "+" {
      if digits.first == "-" { sign = -1 }
      digits = digits.dropFirst()
    }
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !(parts[0].isEmpty && (parts.count == 1 || parts[1].isEmpty)) else {
      return nil
    }
    var fraction = parts.count == 2 ? parts[1] : ""
    while fraction.count > 2, fraction.last == "0" { fraction = fraction.dropLast() }
    guard parts[0].allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit), fraction.count <= 2,
      parts[0].count <= 9
    else { return nil }
    let whole = Int(parts[0]) ?? 0
    let hundredths = fraction.isEmpty ? 0 : (Int(fraction) ?? 0) * (fraction.count == 1 ? 10 : 1)
    return sign * (whole * 100 + hundredths)
  }

  /// The whole minutes of `hundredths` of an hour at `minutesPerHour`; nil when it is not a whole number.
  static func minutes(hundredths: Int, minutesPerHour: Int) -> Int? {
    let product = hundredths * minutesPerHour
    return product % 100 == 0 ? product / 100 : nil
  }
}

extension Character {
  /// Whether the character is one of the ASCII digits 0 to 9.
  var isASCIIDigit: Bool { isASCII && isNumber }
}
