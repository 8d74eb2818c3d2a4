/// The plain decimal numbers a licensee may type: an optional sign, digits with an optional decimal
/// point (`42`, `-2`, `.5`, `2.`), and an optional exponent (`1e3`, `2.5E-4`).
///
/// Everything else is refused rather than graded wrong: thousands separators (`1,000`), decimal
/// commas, spaces inside, units (`12abc`), hex, `nan`, `inf`, and values too large for a `Double`.
enum NumberSyntax {
  /// The value of `text`, which must be trimmed.
  static func value(of text: Substring) throws(GradingError) -> Double {
    guard isPlainDecimal(text), let value = Double(text) else { throw .notANumber(String(text)) }
    guard value.isFinite else { throw .numberTooLarge(String(text)) }
    return value
  }

  /// Whether `text` has the plain decimal form.
  private static func isPlainDecimal(_ text: Substring) -> Bool {
    var bytes = text.utf8[...]
    if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      bytes = bytes.dropFirst()
    }
    let integerDigits = bytes.prefix(while: isDigit).count
    bytes = bytes.dropFirst(integerDigits)
    var fractionDigits = 0
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      fractionDigits = bytes.prefix(while: isDigit).count
      bytes = bytes.dropFirst(fractionDigits)
    }
    guard integerDigits + fractionDigits > 0 else { return false }
    if let marker = bytes.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        bytes = bytes.dropFirst()
      }
      let exponentDigits = bytes.prefix(while: isDigit).count
      guard exponentDigits > 0 else { return false }
      bytes = bytes.dropFirst(exponentDigits)
    }
    return bytes.isEmpty
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
