/// Text a user gave, made safe to print back in a message or on a terminal.
///
/// Control characters (C0, DEL, C1), bidirectional controls and line or paragraph separators are shown
/// as escapes such as `\u{1B}`, so an argument with an escape sequence cannot recolour or rewrite the
/// terminal; text longer than ``maximumCharacters`` is cut, with `…` marking the cut.
public enum Echo {
  /// The most characters of a value an error message repeats.
  public static let maximumCharacters = 60

  /// A message of one or more lines made safe for a terminal: every unsafe character escaped as
  /// ``safe(_:limit:)`` escapes it but the line feeds between its lines, and nothing cut. The last
  /// defence for a message that repeats a path or a value its author did not escape.
  public static func lines(_ text: some StringProtocol) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar == "\n" { result.unicodeScalars.append(scalar) } else { append(scalar, to: &result) }
    }
    return result
  }

  /// Appends `scalar`, escaped as `\u{1B}` when it is unsafe to print.
  private static func append(_ scalar: Unicode.Scalar, to result: inout String) {
    if UnsafeText.isUnsafe(scalar) {
      result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    } else {
      result.unicodeScalars.append(scalar)
    }
  }

  /// The text, escaped and shortened, e.g. `abc\u{1B}[31m`.
  public static func safe(_ text: some StringProtocol, limit: Int = maximumCharacters) -> String {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      guard count < limit else {
        result += "…"
        break
      }
      append(scalar, to: &result)
      count += 1
    }
    return result
  }

  /// A path the user gave, escaped as ``safe(_:limit:)`` escapes it but never cut: for the line that
  /// says where a command wrote or what it read.
  public static func path(_ text: some StringProtocol) -> String {
    safe(text, limit: .max)
  }

  /// A path the user gave, escaped and never cut, in single quotes, for messages: `'out/batch.xml'`.
  public static func quotedPath(_ text: some StringProtocol) -> String {
    "'" + path(text) + "'"
  }

  /// The text escaped, shortened and in single quotes, for messages: `'tx-bn'`.
  public static func quoted(_ text: some StringProtocol, limit: Int = maximumCharacters) -> String {
    "'" + safe(text, limit: limit) + "'"
  }
}
