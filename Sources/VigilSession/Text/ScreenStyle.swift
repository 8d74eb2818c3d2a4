/// How a screen is drawn as text.
public enum ScreenStyle: Sendable, Hashable, CaseIterable {
  /// No colour, no box drawing, no symbols that a screen reader reads aloud: words in reading order.
  case plain
  /// ANSI SGR colour and bold only; never cursor movement or an alternate screen.
  case colour

  /// The SGR sequence that opens a role's look, or "" in plain style.
  func open(_ role: LineRole) -> String {
    guard self == .colour else { return "" }
    switch role {
    case .title: return "\u{1B}[1;36m"
    case .heading: return "\u{1B}[1m"
    case .status: return "\u{1B}[2m"
    case .notice: return "\u{1B}[33m"
    case .problem: return "\u{1B}[1;31m"
    case .success: return "\u{1B}[1;32m"
    case .prompt: return "\u{1B}[36m"
    case .text, .item, .blank: return ""
    }
  }

  /// The SGR reset after a styled line, or "".
  func close(_ role: LineRole) -> String {
    open(role).isEmpty ? "" : "\u{1B}[0m"
  }
}
