import VigilGrading

extension Session {
  /// The last graded attempt: score, pass or fail, each question's feedback, attempts left and the
  /// attempt that counts.
  func resultLines(into text: inout ScreenText) {
    guard let grade = grades.last else { return }
    let policy = context.quiz.policy
    let decimals = policy.displayDecimals
    text.add(.title, "Result of attempt \(grade.attemptNumber): \(context.quiz.title)")
    let score =
      "Score: \(ScoreFormat.percent(grade.percentage, decimals: decimals)) (\(ScoreFormat.shortest(grade.points)) of \(ScoreFormat.shortest(grade.maxPoints)) points)."
    text.add(.text, score)
    let mark = ScoreFormat.percent(policy.passPercent)
    if grade.passed {
      text.add(.success, "Passed: the pass mark is \(mark).")
    } else {
      text.add(.problem, "Not passed: the pass mark is \(mark).")
    }
    if grade.penaltyFactor < 1 {
      text.add(
        .text,
        "A retry penalty applies: this attempt keeps \(ScoreFormat.percent(grade.penaltyFactor * 100, decimals: 0)) of its credit."
      )
    }
    if grade.lateResponseCount > 0 {
      text.add(
        .notice,
        "\(grade.lateResponseCount) answer\(grade.lateResponseCount == 1 ? " was" : "s were") saved after the deadline and not counted."
      )
    }
    if let feedback = grade.overallFeedback { text.add(.text, feedback) }
    text.blank()
    text.add(.heading, "Question by question")
    for (index, question) in grade.questions.enumerated() {
      let state: String
      if !question.isAnswered {
        state = "not answered"
      } else {
        switch question.state {
        case .correct: state = "right"
        case .partial: state = "partly right"
        case .wrong: state = "not right"
        }
      }
      text.add(.item, state + ".", label: "Question \(index + 1):", indent: 2)
      for line in question.feedback.response + [question.feedback.general].compactMap({ $0 }) {
        text.add(.text, line, indent: 4)
      }
    }
    text.blank()
    countingLines(into: &text)
    if quizPassed {
      let next = context.course.evaluation.isEmpty ? "the completion" : "the course evaluation"
      prompt("Press Enter for \(next).", into: &text)
    } else if retryAvailable {
      prompt("Type retry to start attempt \(attemptsStarted + 1) with a new set of questions.", into: &text)
    } else {
      text.add(.problem, "No attempts are left for this quiz, so this course cannot be completed in this enrolment.")
      prompt("Press Enter to finish.", into: &text)
    }
  }

  /// Attempts left and which attempt counts.
  func countingLines(into text: inout ScreenText) {
    let policy = context.quiz.policy
    if let left = policy.remainingAttempts(attemptsStarted: attemptsStarted) {
      text.add(.text, "Attempts left: \(left) of \(policy.maxAttempts ?? left).")
    } else {
      text.add(.text, "Attempts left: unlimited.")
    }
    guard let result = policy.quizResult(from: grades) else { return }
    let percent = ScoreFormat.percent(result.percentage, decimals: policy.displayDecimals)
    let which: String
    switch policy.gradingMethod {
    case .highest:
      let best = grades.max { $0.percentage < $1.percentage }?.attemptNumber ?? 1
      which = "your best attempt counts: attempt \(best), \(percent)"
    case .first: which = "your first attempt counts: attempt \(grades.first?.attemptNumber ?? 1), \(percent)"
    case .last: which = "your last attempt counts: attempt \(grades.last?.attemptNumber ?? 1), \(percent)"
    case .average: which = "the average of your \(grades.count) attempts counts: \(percent)"
    }
    let verdict = result.passed ? " The quiz is passed." : retryAvailable ? " The quiz is not passed yet." : " The quiz is not passed."
    text.add(.text, Self.sentence(which) + verdict)
  }

  /// "the best attempt" and so on, for the rules.
  static func methodWords(_ method: GradingMethod) -> String {
    switch method {
    case .highest: return "best attempt"
    case .first: return "first attempt"
    case .last: return "last attempt"
    case .average: return "average of all attempts"
    }
  }
}
