/// Exact parsing of the decimals course and board files write, so hours never pass through `Double`.
enum DecimalText {
  /// Parses a non-negative decimal with at most two decimals into hundredths (`"1.5"` is 150).
  static func hundredths(_ text: String) -> Int? {
    let parts = text.trimmingCharacters().split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0 else { return nil }
    guard parts.count == 2 else { return whole * 100 }
    let fraction = parts[1]
    guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCII), let digits = Int(fraction) else {
      return nil
    }
    return whole * 100 + (fraction.count == 1 ? digits * 10 : digits)
  }
}

extension String {
  /// The string without leading and trailing white space.
  func trimmingCharacters() -> String {
    var slice = Substring(self)
    while slice.first?.isWhitespace == true { slice.removeFirst() }
    while slice.last?.isWhitespace == true { slice.removeLast() }
    return String(slice)
  }
}
