import VigilBase

/// The first look at a line the learner typed: anything too long, with bytes that are not UTF-8 (which
/// reading the line turned into U+FFFD) or with control characters is refused with a clear message
/// before it reaches a command or the answer parser.
enum SessionInput {
  /// The longest line looked at, in UTF-8 bytes; longer lines are refused without reading them.
  static let maximumBytes = 4000

  /// What the line is.
  enum Kind: Equatable {
    /// Nothing typed (Enter).
    case empty
    /// A command.
    case command(SessionCommand)
    /// `go` without a usable number.
    case badGo
    /// Text to read as an answer.
    case answer(Substring)
    /// A line refused, with the message to show.
    case refused(String)
  }

  /// Classifies a line.
  static func classify(_ line: String) -> Kind {
    let bytes = line.utf8.count
    guard bytes <= maximumBytes else {
      return .refused(
        "That line is too long (\(bytes) bytes); answers are at most 1000 characters. Type a shorter answer and press Enter."
      )
    }
    if UnsafeText.containsReplacementCharacter(line) { return .refused(UnsafeText.notUTF8Line) }
    if let scalar = line.unicodeScalars.first(where: isControl) {
      let code = String(scalar.value, radix: 16, uppercase: true)
      let hint = scalar.value == 0x1B ? " (an arrow or function key sends one)" : ""
      return .refused(
        "That line holds a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code))\(hint); type letters or words and press Enter."
      )
    }
    let clean = line[...].trimmedOfWhitespace()
    guard !clean.isEmpty else { return .empty }
    // `= next` answers with the word next: a short-text answer may be a command word.
    if clean.first == "=" {
      let forced = clean.dropFirst().trimmedOfWhitespace()
      return forced.isEmpty ? .refused("Type the answer after the =, e.g. = next.") : .answer(forced)
    }
    if let command = SessionCommand.parse(clean) { return .command(command) }
    let lower = clean.lowercased()
    if lower == "go" || lower.hasPrefix("go ") { return .badGo }
    return .answer(clean)
  }

  /// C0 (tab allowed), DEL, C1 and bidirectional controls.
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value == 0x09 { return false }
    if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
    switch value {
    case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
