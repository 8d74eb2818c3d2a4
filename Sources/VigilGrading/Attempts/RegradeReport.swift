/// A stored attempt with the grade it was given, as regrade reads it from the ledger.
public struct StoredAttempt: Sendable, Hashable, Codable {
  /// The attempt: what was shown and every response saved.
  public var record: AttemptRecord
  /// The grade stored when the attempt was last graded.
  public var grade: AttemptGrade

  /// Creates a stored attempt.
  public init(record: AttemptRecord, grade: AttemptGrade) {
    self.record = record
    self.grade = grade
  }
}

/// What a regrade changed, attempt by attempt.
public struct RegradeReport: Sendable, Hashable, Codable {
  /// Every attempt regraded, in the order given.
  public var attempts: [AttemptRegrade]
  /// The quiz result over the new grades, by the corrected quiz's grading method and pass mark.
  public var quizResult: QuizResult?

  /// Creates a report.
  public init(attempts: [AttemptRegrade], quizResult: QuizResult?) {
    self.attempts = attempts
    self.quizResult = quizResult
  }

  /// The attempts whose pass decision changed (pass to fail or fail to pass).
  public var changedOutcomes: [AttemptRegrade] {
    attempts.filter { $0.outcomeChange != nil }
  }

  /// The attempts with any changed question fraction or changed outcome.
  public var changedAttempts: [AttemptRegrade] {
    attempts.filter { $0.outcomeChange != nil || !$0.changedQuestions.isEmpty }
  }
}

/// One attempt before and after a regrade.
public struct AttemptRegrade: Sendable, Hashable, Codable {
  /// The attempt's number.
  public var attemptNumber: Int
  /// The stored grade.
  public var previous: AttemptGrade
  /// The grade against the corrected quiz.
  public var current: AttemptGrade
  /// The questions whose final fraction changed, in presentation order.
  public var changedQuestions: [QuestionChange]

  /// Creates an attempt regrade.
  public init(attemptNumber: Int, previous: AttemptGrade, current: AttemptGrade, changedQuestions: [QuestionChange]) {
    self.attemptNumber = attemptNumber
    self.previous = previous
    self.current = current
    self.changedQuestions = changedQuestions
  }

  /// How the pass decision changed, or `nil` when it did not.
  public var outcomeChange: OutcomeChange? {
    switch (previous.passed, current.passed) {
    case (true, false): return .passToFail
    case (false, true): return .failToPass
    default: return nil
    }
  }
}

/// A question whose final fraction changed on regrade.
public struct QuestionChange: Sendable, Hashable, Codable {
  /// The question's id.
  public var questionID: String
  /// The stored final fraction (0 when the stored grade lacks the question).
  public var previousFraction: Double
  /// The final fraction against the corrected quiz.
  public var currentFraction: Double

  /// Creates a change.
  public init(questionID: String, previousFraction: Double, currentFraction: Double) {
    self.questionID = questionID
    self.previousFraction = previousFraction
    self.currentFraction = currentFraction
  }
}

/// A change of an attempt's pass decision.
public enum OutcomeChange: String, Sendable, Hashable, Codable, CaseIterable {
  /// The attempt passed before and fails now.
  case passToFail = "pass-to-fail"
  /// The attempt failed before and passes now.
  case failToPass = "fail-to-pass"
}
