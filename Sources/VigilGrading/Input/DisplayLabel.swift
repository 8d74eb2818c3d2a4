/// The labels a licensee sees and types for displayed positions: letters `a`, `b`, `c`, … for
/// choices, items and matching targets, and numbers `1`, `2`, `3`, … for matching stems.
///
/// Letters run from `a` to `z`; a position past the 26th is labelled by its number instead, and
/// numbers are accepted for choices and items at any position.
public enum DisplayLabel {
  /// How many positions can carry a letter.
  public static let letterCount = 26

  /// The label of the zero-based display position `index`: `a` for 0, `b` for 1, …, then numbers.
  public static func letter(at index: Int) -> String {
    guard (0..<letterCount).contains(index) else { return String(index + 1) }
    return String(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(index))))
  }

  /// The zero-based position a single lower-case letter names, if any.
  static func index(ofLetter text: Substring) -> Int? {
    guard text.utf8.count == 1, let byte = text.utf8.first,
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    else { return nil }
    return Int(byte - UInt8(ascii: "a"))
  }

  /// The zero-based position a one-based number names, if it is within `count`.
  static func index(ofNumber text: Substring, count: Int) -> Int? {
    guard text.utf8.count <= 9, let number = Int(text), (1...count).contains(number) else { return nil }
    return number - 1
  }

  /// "a to d" (or "1 to 30" past 26 positions) for messages.
  static func letterRange(count: Int) -> String {
    switch count {
    case ...0: return "none"
    case 1: return "a"
    case ...letterCount: return "a to \(letter(at: count - 1))"
    default: return "1 to \(count)"
    }
  }

  /// "a to d or 1 to 4" for messages about positions that accept letters and numbers.
  static func range(count: Int) -> String {
    guard count > 1, count <= letterCount else { return letterRange(count: count) }
    return "\(letterRange(count: count)) or 1 to \(count)"
  }
}
