extension Session {
  /// The current screen as text for `width` columns in `style`: the notes of the last input (saved,
  /// problems, help, review) first, then the screen, then the prompt. Pure: same state, same text.
  public func render(width: Int, style: ScreenStyle) -> String {
    screenText.render(width: width, style: style)
  }

  /// The current screen as logical lines.
  public var screenText: ScreenText {
    var text = ScreenText(notes)
    text.blank()
    switch screen {
    case .intro: introLines(into: &text)
    case .lesson(let index, let page): lessonLines(index, page: page, into: &text)
    case .quizRules: rulesLines(into: &text)
    case .startingAttempt: text.add(.status, "Starting attempt \(attemptsStarted + 1)…")
    case .question(let index): questionLines(index, into: &text)
    case .submitSummary: summaryLines(into: &text)
    case .result: resultLines(into: &text)
    case .evaluation(let index): evaluationLines(index, into: &text)
    case .completion: completionLines(into: &text)
    case .closed: closedLines(into: &text)
    case .quit: quitLines(into: &text)
    }
    return text
  }

  /// The prompt line closing a screen.
  func prompt(_ what: String, into text: inout ScreenText) {
    text.blank()
    text.add(.prompt, "\(what) Commands: \(commandList).")
  }

  /// The help shown above the screen.
  var helpLines: [ScreenLine] {
    var lines = [ScreenLine(.heading, "Help")]
    let commands: [(String, String)] = [
      ("next", "the next page or question (Enter does the same on pages)"),
      ("back", "the previous page or question; answers can be changed until you submit"),
      ("go N", "jump to question N in the quiz, or page N of a lesson"),
      ("flag", "mark the question to come back to, or clear the mark"),
      ("review", "every question's status: answered, not answered, flagged"),
      ("submit", "finish the quiz; it asks you to confirm first"),
      ("retry", "a new attempt after a failed one, while attempts are left"),
      ("skip", "leave an optional evaluation question unanswered"),
      ("quit", "save everything and leave; the same command resumes later"),
      ("help", "this list"),
    ]
    for (name, meaning) in commands { lines.append(ScreenLine(.item, meaning, label: "\(name):", indent: 2)) }
    lines.append(ScreenLine(.text, "Every answer is saved as soon as you press Enter."))
    return lines
  }
}
