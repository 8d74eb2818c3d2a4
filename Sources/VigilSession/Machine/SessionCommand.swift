/// A command the learner can type at any prompt.
public enum SessionCommand: Sendable, Hashable {
  /// Show what can be typed here.
  case help
  /// The previous page or question.
  case back
  /// The next page or question (also Enter on a screen that is only read).
  case next
  /// Jump to question (or lesson page) `n`, one-based.
  case go(Int)
  /// Flag or unflag the current question.
  case flag
  /// Every question's status.
  case review
  /// Save and leave.
  case quit
  /// Go to the submit summary, or confirm the submit there.
  case submit
  /// Start a new attempt after a failed one.
  case retry
  /// Skip an optional evaluation question.
  case skip

  /// The command that `text` names, or nil when it is not one (then it is an answer).
  /// `go N` needs a number; `go` alone or `go x` is reported by ``SessionInput``.
  static func parse(_ text: Substring) -> SessionCommand? {
    let words = text.lowercased().split(separator: " ", omittingEmptySubsequences: true)
    guard let first = words.first else { return nil }
    if words.count == 2, first == "go" || first == "g" {
      guard words[1].utf8.count <= 9, let number = Int(words[1]) else { return nil }
      return .go(number)
    }
    guard words.count == 1 else { return nil }
    switch first {
    case "help", "?": return .help
    case "back": return .back
    case "next": return .next
    case "flag": return .flag
    case "review": return .review
    case "quit", "exit": return .quit
    case "submit": return .submit
    case "retry": return .retry
    case "skip": return .skip
    default: return nil
    }
  }
}
