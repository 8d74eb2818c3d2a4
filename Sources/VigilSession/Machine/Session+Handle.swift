import VigilGrading

extension Session {
  /// Handles one line the learner typed at time `now` and returns what the engine must persist or do,
  /// in order, before it shows ``render(width:style:)``. Never traps: unreadable input leaves the
  /// screen as it is with a message saying what to type.
  public mutating func handle(_ input: String, at now: Timestamp) -> [SessionEffect] {
    notes = []
    countSeatTime(until: now)
    var effects: [SessionEffect] = []
    if expireIfOverdue(at: now, into: &effects) { return effects }
    switch SessionInput.classify(input) {
    case .refused(let message):
      problem(message)
    case .badGo:
      if case .lesson = screen {
        problem("Type go and a page number, e.g. go 3.")
      } else {
        problem("Type go and a question number, e.g. go 3.")
      }
    case .empty:
      if isAnswerScreen {
        problem("Type an answer, or a command: \(commandList).")
      } else {
        command(.next, at: now, into: &effects)
      }
    case .command(let command):
      self.command(command, at: now, into: &effects)
    case .answer(let text):
      answer(text, typed: input, at: now, into: &effects)
    }
    warnIfNearDeadline(at: now)
    return effects
  }

  /// The engine stored attempt `record` (its number, seed, realised order and start time) and its
  /// `deadline` after ``SessionEffect/startAttempt(number:)``: the first question is shown.
  public mutating func attemptStarted(_ record: AttemptRecord, deadline: Timestamp?, at now: Timestamp)
    -> [SessionEffect]
  {
    notes = []
    guard screen == .startingAttempt, record.attempt.quizID == context.quiz.id,
      record.attemptNumber == attemptsStarted + 1
    else {
      problem("The attempt could not be started here; type next to try again.")
      return []
    }
    attemptsStarted = record.attemptNumber
    attempt = OpenAttempt(record: record, deadline: deadline)
    lastActivity = now
    self.now = now
    screen = attempt?.questions.isEmpty == false ? .question(index: 0) : .submitSummary
    warnIfNearDeadline(at: now)
    return [.saveBookmark(bookmark)]
  }

  /// Puts the engine's certificate lines in the completion screen's slot.
  public mutating func certificateIssued(_ lines: [String]) {
    certificateLines = lines
  }

  /// Whether the screen takes answers (a question or an evaluation question).
  var isAnswerScreen: Bool {
    switch screen {
    case .question, .evaluation: return true
    default: return false
    }
  }

  /// Adds seat time for the screen being left: lesson pages and questions count, gaps over 30 minutes
  /// do not.
  mutating func countSeatTime(until now: Timestamp) {
    defer {
      lastActivity = now
      self.now = now
    }
    guard let last = lastActivity else { return }
    let gap = now.secondsSinceEpoch - last.secondsSinceEpoch
    guard gap > 0, gap <= 1800 else { return }
    switch screen {
    case .lesson:
      seatSeconds += Int(gap)
      pageSeconds += Int(gap)
    case .question, .submitSummary:
      seatSeconds += Int(gap)
    default:
      break
    }
  }

  /// Shows a problem above the same screen.
  mutating func problem(_ message: String) {
    notes.append(ScreenLine(.problem, message))
  }

  /// Shows a note above the next screen.
  mutating func note(_ role: LineRole, _ message: String) {
    notes.append(ScreenLine(role, message))
  }

  /// The commands that apply on the current screen, for prompts and help.
  var commandList: String {
    switch screen {
    case .question: return "back, next, go N, flag, review, submit, help, quit"
    case .submitSummary: return "submit, back, go N, review, help, quit"
    case .evaluation: return "back, skip (optional questions), help, quit"
    case .result: return retryAvailable ? "retry, review, help, quit" : "next, review, help, quit"
    case .lesson: return "next, back, go N (page), help, quit"
    default: return "next, help, quit"
    }
  }

  /// Whether a failed quiz may be tried again.
  var retryAvailable: Bool {
    !quizPassed && context.quiz.policy.canStartAttempt(attemptsStarted: attemptsStarted)
  }

  /// Records the lesson page being left, if any.
  mutating func leavePage(into effects: inout [SessionEffect]) {
    guard case .lesson(let index, let page) = screen, context.course.lessons.indices.contains(index) else { return }
    let lesson = context.course.lessons[index]
    lessonsViewed.insert(lesson.id)
    effects.append(step(.lessonViewed(lessonID: lesson.id, page: page + 1, seconds: pageSeconds)))
    pageSeconds = 0
  }

  /// The next numbered step.
  mutating func step(_ activity: SessionActivity) -> SessionEffect {
    stepNumber += 1
    return .recordStep(RecordedStep(number: stepNumber, activity: activity))
  }

  /// Moves to a screen, recording the page left and the new bookmark.
  mutating func move(to next: SessionScreen, into effects: inout [SessionEffect]) {
    leavePage(into: &effects)
    screen = next
    pageSeconds = 0
    effects.append(.saveBookmark(bookmark))
  }
}
