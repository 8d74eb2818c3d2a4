import VigilGrading

extension Session {
  /// Asks the engine for a new attempt, when the policy allows one.
  mutating func startAttempt(into effects: inout [SessionEffect]) {
    guard context.quiz.policy.canStartAttempt(attemptsStarted: attemptsStarted) else {
      problem("No attempts are left for this quiz.")
      return
    }
    leavePage(into: &effects)
    screen = .startingAttempt
    effects.append(.startAttempt(number: attemptsStarted + 1))
  }

  /// `retry` after a failed attempt.
  mutating func retry(into effects: inout [SessionEffect]) {
    guard screen == .result else {
      problem("retry starts a new attempt after a failed one, from the result screen.")
      return
    }
    guard !quizPassed else {
      problem("You passed; type next to go on.")
      return
    }
    guard retryAvailable else {
      problem("No attempts are left for this quiz.")
      return
    }
    startAttempt(into: &effects)
  }

  /// An answer typed on a question or evaluation screen.
  mutating func answer(_ text: Substring, typed: String, at now: Timestamp, into effects: inout [SessionEffect]) {
    switch screen {
    case .question(let index):
      answerQuestion(index, text: text, typed: typed, at: now, into: &effects)
    case .evaluation(let index):
      answerEvaluation(index, text: text, into: &effects)
    case .submitSummary:
      problem("Type submit to finish the quiz, or go N to change an answer first.")
    default:
      problem("That is not a command here. Type one of: \(commandList).")
    }
  }

  /// Parses and saves an answer to question `index`, then shows the next question.
  private mutating func answerQuestion(
    _ index: Int, text: Substring, typed: String, at now: Timestamp, into effects: inout [SessionEffect]
  ) {
    guard let questions = attempt?.questions, questions.indices.contains(index) else { return }
    let presented = questions[index]
    guard let question = question(presented.questionID) else {
      problem("This question is missing from the course; type next to go on.")
      return
    }
    let response: Response
    do {
      response = try ResponseParser.parse(String(text), for: question, as: presented)
    } catch {
      problem(Self.message(for: error, format: AnswerFormat(question: question)))
      return
    }
    // Changed in place: a copy of the attempt would copy its dictionaries on every answer.
    attempt?.typed[question.id] = String(text)
    guard let revision = attempt?.save(SavedResponse(questionID: question.id, response: response, savedAt: now)),
      let attempt
    else { return }
    effects.append(
      .saveResponse(
        AnswerToSave(
          attemptNumber: attempt.record.attemptNumber, questionID: question.id, revision: revision, typed: typed,
          response: response, savedAt: now)))
    let changed = revision > 1 ? " (changed)" : ""
    note(
      .success,
      "Saved your answer to question \(index + 1)\(changed). \(attempt.answeredCount) of \(attempt.questions.count) answered."
    )
    move(to: position(after: screen) ?? .submitSummary, into: &effects)
  }

  /// Records an evaluation answer and shows the next evaluation question.
  private mutating func answerEvaluation(_ index: Int, text: Substring, into effects: inout [SessionEffect]) {
    guard context.course.evaluation.indices.contains(index) else { return }
    let question = context.course.evaluation[index]
    var answer = String(text)
    switch question.kind {
    case .rating:
      guard text.utf8.count == 1, let value = Int(text), (1...5).contains(value) else {
        problem("Type a number from 1 (strongly disagree) to 5 (strongly agree).")
        return
      }
      answer = String(value)
    case .text:
      guard answer.unicodeScalars.count <= ResponseParser.maximumInputLength else {
        problem("That answer is longer than \(ResponseParser.maximumInputLength) characters; please shorten it.")
        return
      }
    }
    evaluationAnswers[question.id] = answer
    effects.append(step(.evaluationAnswered(questionID: question.id, answer: answer)))
    note(.success, "Thank you; evaluation answer \(index + 1) saved.")
    advanceEvaluation(into: &effects)
  }

  /// `submit`: to the summary from a question; from the summary, grades what was saved.
  mutating func submit(at now: Timestamp, into effects: inout [SessionEffect]) {
    switch screen {
    case .question:
      move(to: .submitSummary, into: &effects)
    case .submitSummary:
      finishAttempt(into: &effects)
    default:
      problem("There is no quiz attempt to submit here.")
    }
  }

  /// Grades the open attempt with what was saved in time and shows the result.
  mutating func finishAttempt(into effects: inout [SessionEffect]) {
    guard let attempt else { return }
    let grade: AttemptGrade
    do {
      grade = try context.gradingQuiz(deadline: attempt.deadline, startedAt: attempt.record.startedAt)
        .grade(attempt.record)
    } catch {
      problem("The attempt could not be graded: \(error.description). Tell the course provider.")
      return
    }
    grades.append(grade)
    self.attempt = nil
    effects.append(.submit(grade))
    move(to: .result, into: &effects)
  }

  /// At or after the deadline, grades the attempt with what was committed and says why.
  mutating func expireIfOverdue(at now: Timestamp, into effects: inout [SessionEffect]) -> Bool {
    guard let deadline, now > deadline else { return false }
    let answered = attempt?.answeredCount ?? 0
    finishAttempt(into: &effects)
    note(
      .notice,
      "Time is up: the time limit for this attempt has passed. It was graded with the \(answered) answer\(answered == 1 ? "" : "s") saved before the deadline; anything typed after it does not count."
    )
    return true
  }

  /// For the adapter's timer while no line is typed: at or past the deadline, grades the open attempt
  /// with what was saved by it (the same as the next input would); otherwise shows the warning once it
  /// is due (``warningLeadSeconds``). Returns the effects to persist.
  public mutating func checkDeadline(at now: Timestamp) -> [SessionEffect] {
    var effects: [SessionEffect] = []
    if expireIfOverdue(at: now, into: &effects) { return effects }
    warnIfNearDeadline(at: now)
    return effects
  }

  /// When the adapter should call ``checkDeadline(at:)`` if no line is typed before: the warning, then
  /// the first second past the deadline; nil without an open timed attempt.
  public func nextAlarm(after now: Timestamp) -> Timestamp? {
    guard let deadline, let lead = warningLeadSeconds else { return nil }
    let warning = deadline.adding(seconds: -lead)
    if attempt?.warned == false, now < warning { return warning }
    return deadline.adding(seconds: 1)
  }

  /// How long before the deadline the warning is due: five minutes, or half the attempt's time when
  /// that is shorter, since a warning as a short attempt starts tells the learner nothing its "Time
  /// left" line does not (a 2-minute attempt is warned with 1 minute left).
  var warningLeadSeconds: Int? {
    guard let attempt, let deadline = attempt.deadline else { return nil }
    let length = max(0, deadline.secondsSinceEpoch - attempt.record.startedAt.secondsSinceEpoch)
    return Int(min(300, length / 2))
  }

  /// Warns once when ``warningLeadSeconds`` or less are left.
  mutating func warnIfNearDeadline(at now: Timestamp) {
    guard let deadline, let lead = warningLeadSeconds, attempt?.warned == false else { return }
    let left = deadline.secondsSinceEpoch - now.secondsSinceEpoch
    guard left <= lead, left >= 0 else { return }
    attempt?.warned = true
    note(.notice, "About \(Self.minutes(Int(left))) left in this attempt. Answers saved by the deadline count.")
  }

  /// Continues after a restore at time `now`: an attempt past its deadline is graded at once, and a
  /// changed course or a resumed attempt is announced. Seat time starts counting again from `now`.
  public mutating func resume(at now: Timestamp) -> [SessionEffect] {
    notes = []
    lastActivity = now
    self.now = now
    var effects: [SessionEffect] = []
    if context.courseChanged, attempt != nil {
      note(
        .notice,
        "This course has changed since your attempt began. Your attempt continues with the questions it started with, and is graded against them."
      )
    }
    if let deadline, now > deadline {
      let answered = attempt?.answeredCount ?? 0
      finishAttempt(into: &effects)
      note(
        .notice,
        "The time limit of your attempt ran out while you were away (the clock keeps running). It was graded with the \(answered) answer\(answered == 1 ? "" : "s") saved before the deadline."
      )
      return effects
    }
    if screen == .completion, !completionRecorded {
      // The completion was due but never reached the ledger (a crash after the last evaluation answer).
      completionRecorded = true
      effects.append(.complete)
    }
    if let attempt {
      let place: String
      if case .question(let index) = screen {
        place = "question \(index + 1) of \(attempt.questions.count)"
      } else {
        place = "the submit summary"
      }
      note(.notice, "Resuming your attempt: \(place), \(attempt.answeredCount) answered.")
      warnIfNearDeadline(at: now)
    } else if screen != .intro && screen != .closed {
      note(.notice, "Resuming where you left off.")
    }
    return effects
  }

  /// The parser's message as a sentence, or, for words typed where labels are expected, a plainer one.
  static func message(for error: GradingError, format: AnswerFormat) -> String {
    switch error {
    case .noSuchChoice(let label, _), .noSuchItem(let label, _), .noSuchTarget(let label, _):
      guard label.count > 2, Int(label) == nil else { break }
      return "This question is answered with letters, not words: " + format.hint + "."
    default:
      break
    }
    return sentence(error.description)
  }

  /// "3 min" or "1 min 20 s".
  static func minutes(_ seconds: Int) -> String {
    let seconds = max(0, seconds)
    let (minutes, rest) = seconds.quotientAndRemainder(dividingBy: 60)
    if minutes == 0 { return "\(rest) s" }
    return rest == 0 ? "\(minutes) min" : "\(minutes) min \(rest) s"
  }

  /// A message as a sentence: capitalised, ending in a full stop.
  static func sentence(_ message: String) -> String {
    guard let first = message.first else { return message }
    let body = first.uppercased() + message.dropFirst()
    return body.hasSuffix(".") || body.hasSuffix("?") ? body : body + "."
  }
}
