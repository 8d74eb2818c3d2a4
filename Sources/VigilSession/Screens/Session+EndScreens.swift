extension Session {
  /// An evaluation question.
  func evaluationLines(_ index: Int, into text: inout ScreenText) {
    let evaluation = context.course.evaluation
    guard evaluation.indices.contains(index) else { return }
    let question = evaluation[index]
    text.add(.status, "Evaluation question \(index + 1) of \(evaluation.count)")
    text.add(.text, "Your answers help the provider improve the course; they do not change your result.")
    text.blank()
    text.add(.text, question.prompt)
    if let answer = evaluationAnswers[question.id] { text.add(.success, "Your answer: \(answer).") }
    let optional = question.isRequired ? "" : " This question is optional: type skip to leave it."
    switch question.kind {
    case .rating: prompt("Type a number from 1 (strongly disagree) to 5 (strongly agree).\(optional)", into: &text)
    case .text: prompt("Type your answer.\(optional)", into: &text)
    }
  }

  /// The completion: what it counts toward, and the certificate slot.
  func completionLines(into text: inout ScreenText) {
    text.add(.title, "Course complete: \(context.course.title)")
    text.add(.success, "Well done, \(context.learnerName). Your completion is recorded.")
    text.blank()
    text.add(.heading, "What it counts toward")
    if context.credits.isEmpty { text.add(.text, "No credit with your boards.") }
    for credit in context.credits {
      let toward = credit.countsToward.isEmpty ? "" : ", toward \(credit.countsToward.joined(separator: " and "))"
      if credit.isSample {
        text.add(.notice, "\(credit.board): sample only, no real credit.", label: "-", indent: 2)
      } else {
        text.add(
          .item, "\(credit.board): \(credit.hoursText) h\(toward), in your current renewal cycle.", label: "-",
          indent: 2)
      }
    }
    text.add(.text, "Seat time recorded: \(Self.minutes(seatSeconds)).")
    text.blank()
    text.add(.heading, "Certificate")
    if certificateLines.isEmpty {
      text.add(.text, "Your certificate will be available from the course provider.")
    } else {
      for line in certificateLines { text.add(.text, line) }
    }
    if !context.course.references.isEmpty {
      text.blank()
      text.add(.heading, "References")
      for reference in context.course.references {
        text.add(
          .item, reference.citation + (reference.web.map { " \($0)" } ?? "") + " (checked \(reference.checked))",
          label: "-", indent: 2)
      }
    }
    prompt("Press Enter to leave.", into: &text)
  }

  /// No attempts left after a fail.
  func closedLines(into text: inout ScreenText) {
    text.add(.title, "\(context.quiz.title): not passed")
    text.add(
      .text,
      "You have used all your attempts at this quiz, and it is not passed, so this course earns no credit in this enrolment."
    )
    text.add(.text, "Contact \(context.course.provider.name) if you think this is wrong.")
  }

  /// After quit: saved, and the command that resumes (nothing to resume once the course is complete).
  func quitLines(into text: inout ScreenText) {
    if resumeScreen == .completion {
      text.add(.success, "Your completion is saved. You can close this window.")
      return
    }
    if resumeScreen == .closed || (resumeScreen == .result && !quizPassed && !retryAvailable) {
      text.add(.text, "Your attempts are recorded. This course has no attempts left for you in this enrolment.")
      return
    }
    text.add(.success, "Saved. Everything you did is kept.")
    if attempt != nil, context.timeLimitSeconds != nil {
      text.add(.notice, "The quiz clock keeps running while you are away.")
    }
    text.add(.text, "To resume, run: \(context.resumeCommand)")
  }
}
