import VigilGrading

extension Session {
  /// Carries out a command on the current screen.
  mutating func command(_ command: SessionCommand, at now: Timestamp, into effects: inout [SessionEffect]) {
    switch command {
    case .help: notes = helpLines
    case .quit: quit(into: &effects)
    case .review: review()
    case .flag: flag(into: &effects)
    case .back: back(into: &effects)
    case .next: next(at: now, into: &effects)
    case .go(let number): go(number, into: &effects)
    case .submit: submit(at: now, into: &effects)
    case .retry: retry(into: &effects)
    case .skip: skip(into: &effects)
    }
  }

  /// Saves and leaves.
  mutating func quit(into effects: inout [SessionEffect]) {
    guard screen != .quit else { return }
    leavePage(into: &effects)
    effects.append(.saveBookmark(bookmark))
    effects.append(.quit(resumeCommand: context.resumeCommand))
    resumeScreen = screen
    screen = .quit
  }

  /// The screen after this one in course order, or nil when none follows.
  func position(after current: SessionScreen) -> SessionScreen? {
    switch current {
    case .intro:
      return lessonPages.isEmpty ? .quizRules : .lesson(index: 0, page: 0)
    case .lesson(let index, let page):
      guard lessonPages.indices.contains(index) else { return .quizRules }
      if page + 1 < lessonPages[index].pages.count { return .lesson(index: index, page: page + 1) }
      return index + 1 < lessonPages.count ? .lesson(index: index + 1, page: 0) : .quizRules
    case .question(let index):
      guard let attempt else { return nil }
      return index + 1 < attempt.questions.count ? .question(index: index + 1) : .submitSummary
    case .evaluation(let index):
      return index + 1 < context.course.evaluation.count ? .evaluation(index: index + 1) : .completion
    default:
      return nil
    }
  }

  /// The screen before this one, or nil at the start of a part.
  func position(before current: SessionScreen) -> SessionScreen? {
    switch current {
    case .lesson(let index, let page):
      if page > 0 { return .lesson(index: index, page: page - 1) }
      if index > 0 { return .lesson(index: index - 1, page: max(0, lessonPages[index - 1].pages.count - 1)) }
      return .intro
    case .quizRules:
      guard let last = lessonPages.indices.last else { return .intro }
      return .lesson(index: last, page: max(0, lessonPages[last].pages.count - 1))
    case .question(let index):
      return index > 0 ? .question(index: index - 1) : nil
    case .submitSummary:
      return attempt.map { .question(index: max(0, $0.questions.count - 1)) }
    case .evaluation(let index):
      return index > 0 ? .evaluation(index: index - 1) : nil
    default:
      return nil
    }
  }

  /// `next`: the next page, question or screen.
  mutating func next(at now: Timestamp, into effects: inout [SessionEffect]) {
    switch screen {
    case .intro:
      if !disclosuresAcknowledged {
        disclosuresAcknowledged = true
        effects.append(step(.disclosuresAcknowledged))
      }
      move(to: position(after: .intro) ?? .quizRules, into: &effects)
    case .lesson, .question:
      if let next = position(after: screen) { move(to: next, into: &effects) }
    case .quizRules:
      startAttempt(into: &effects)
    case .startingAttempt:
      effects.append(.startAttempt(number: attemptsStarted + 1))
    case .submitSummary:
      problem("This is the last step of the quiz: type submit to finish, or back to check your answers.")
    case .result:
      if quizPassed {
        move(to: firstEvaluationScreen, into: &effects)
        if screen == .completion { recordCompletion(into: &effects) }
      } else if retryAvailable {
        problem("Type retry to start attempt \(attemptsStarted + 1), or quit.")
      } else {
        move(to: .closed, into: &effects)
      }
    case .evaluation:
      problem("Type your answer to this question\(currentEvaluationIsOptional ? ", or skip" : "").")
    case .completion, .closed:
      quit(into: &effects)
    case .quit:
      break
    }
  }

  /// `back`: the previous page or question.
  mutating func back(into effects: inout [SessionEffect]) {
    guard let previous = position(before: screen) else {
      problem(backRefusal)
      return
    }
    move(to: previous, into: &effects)
  }

  /// Why `back` does nothing here.
  private var backRefusal: String {
    switch screen {
    case .question: return "This is the first question; there is nothing before it."
    case .evaluation: return "This is the first evaluation question."
    case .intro: return "This is the start of the course."
    case .result, .completion, .closed: return "The quiz is submitted; its answers can no longer change."
    default: return "There is nothing to go back to here."
    }
  }

  /// `go N`: question N in an attempt, page N in a lesson.
  mutating func go(_ number: Int, into effects: inout [SessionEffect]) {
    switch screen {
    case .question, .submitSummary:
      guard let count = attempt?.questions.count, (1...max(1, count)).contains(number), count > 0 else {
        problem("There is no question \(number); type go and a number from 1 to \(attempt?.questions.count ?? 0).")
        return
      }
      move(to: .question(index: number - 1), into: &effects)
    case .lesson(let index, _):
      let count = lessonPages[index].pages.count
      guard (1...count).contains(number) else {
        problem("This lesson has \(count) page\(count == 1 ? "" : "s"); type go and a number from 1 to \(count).")
        return
      }
      move(to: .lesson(index: index, page: number - 1), into: &effects)
    default:
      problem("go N jumps to a question during the quiz, or to a page of a lesson.")
    }
  }

  /// `flag`: marks the current question for review, or clears the mark.
  mutating func flag(into effects: inout [SessionEffect]) {
    guard case .question(let index) = screen, let id = attempt?.questions[index].questionID else {
      problem("Only a quiz question can be flagged.")
      return
    }
    if attempt?.flagged.remove(id) == nil {
      attempt?.flagged.insert(id)
      note(.notice, "Question \(index + 1) flagged for review.")
    } else {
      note(.notice, "Flag removed from question \(index + 1).")
    }
    effects.append(.saveBookmark(bookmark))
  }

  /// `review`: every question's status (or, after a submit, the last result).
  mutating func review() {
    guard let attempt else {
      problem(grades.isEmpty ? "There is no attempt to review yet." : "The result below shows every question.")
      return
    }
    let answers = attempt.latest
    notes.append(ScreenLine(.heading, "Review: \(attempt.answeredCount) of \(attempt.questions.count) answered"))
    for (index, presented) in attempt.questions.enumerated() {
      var status = answers[presented.questionID] == nil ? "not answered" : "answered"
      if attempt.flagged.contains(presented.questionID) { status += ", flagged" }
      notes.append(ScreenLine(.item, status, label: "Question \(index + 1):", indent: 2))
    }
  }

  /// `skip`: leaves an optional evaluation question unanswered.
  mutating func skip(into effects: inout [SessionEffect]) {
    guard case .evaluation = screen else {
      problem("Only an optional evaluation question can be skipped.")
      return
    }
    guard currentEvaluationIsOptional else {
      problem("This evaluation question needs an answer.")
      return
    }
    advanceEvaluation(into: &effects)
  }

  /// Whether the evaluation question shown is optional.
  var currentEvaluationIsOptional: Bool {
    guard case .evaluation(let index) = screen, context.course.evaluation.indices.contains(index) else { return false }
    return !context.course.evaluation[index].isRequired
  }

  /// The next evaluation question or the completion.
  mutating func advanceEvaluation(into effects: inout [SessionEffect]) {
    let next = position(after: screen) ?? .completion
    if next == .completion,
      let missing = context.course.evaluation.firstIndex(where: {
        $0.isRequired && evaluationAnswers[$0.id] == nil
      })
    {
      problem("Evaluation question \(missing + 1) needs an answer before the course is complete.")
      move(to: .evaluation(index: missing), into: &effects)
      return
    }
    move(to: next, into: &effects)
    if next == .completion { recordCompletion(into: &effects) }
  }

  /// Asks the engine to record the completion, once.
  mutating func recordCompletion(into effects: inout [SessionEffect]) {
    guard !completionRecorded else { return }
    completionRecorded = true
    effects.append(.complete)
  }
}
