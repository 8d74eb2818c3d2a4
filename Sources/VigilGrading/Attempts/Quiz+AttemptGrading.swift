extension Quiz {
  /// Grades an attempt against this quiz.
  ///
  /// - The responses that count are, per question, the last one saved at or before the deadline
  ///   (start + time limit); later saves are not counted, so the attempt is finalised with what was
  ///   saved in time. A question without a counted response is graded as unanswered (0).
  /// - Each question is graded (``Question/grade(_:)``), then the retry penalty scales its positive
  ///   credit by ``AttemptPolicy/penaltyFactor(attemptNumber:)``.
  /// - A question's points are fraction × its points, and may be negative (a single choice with a
  ///   negative weight). The attempt's points are the sum over its questions, floored at 0: a
  ///   negatively weighted answer can cancel credit earned on other questions, but the total is never
  ///   below 0 points (``AttemptGrade/questionPoints`` keeps the unfloored sum). The percentage is
  ///   `points / maxPoints × 100`, so points and percentage always agree.
  /// - The attempt passes when the percentage reaches ``AttemptPolicy/passPercent`` (inclusive), and
  ///   takes the overall feedback of its band (``feedbackBand(forPercentage:)``).
  ///
  /// - Throws: ``GradingError/invalidAttemptNumber(_:)``, ``GradingError/questionNotPresented(questionID:)``
  ///   for a response to a question the attempt did not show,
  ///   ``GradingError/unknownQuestion(questionID:quizID:)`` when this quiz lacks a presented question,
  ///   and any error of ``Question/grade(_:)``.
  public func grade(_ record: AttemptRecord) throws(GradingError) -> AttemptGrade {
    try grade(record, lookup: QuestionLookup(quiz: self))
  }

  /// Grades an attempt with a prepared lookup (shared across attempts by regrade).
  func grade(_ record: AttemptRecord, lookup: QuestionLookup) throws(GradingError) -> AttemptGrade {
    guard record.attemptNumber >= 1 else { throw .invalidAttemptNumber(record.attemptNumber) }
    let presented = record.attempt.questions
    let presentedIDs = Set(presented.map(\.questionID))
    let deadline = policy.deadline(startedAt: record.startedAt)
    var counted: [String: Response] = [:]
    var lateCount = 0
    for saved in record.responses {
      guard presentedIDs.contains(saved.questionID) else {
        throw .questionNotPresented(questionID: saved.questionID)
      }
      if policy.counts(savedAt: saved.savedAt, startedAt: record.startedAt) {
        counted[saved.questionID] = saved.response
      } else {
        lateCount += 1
      }
    }

    let factor = policy.penaltyFactor(attemptNumber: record.attemptNumber)
    var grades: [QuestionGrade] = []
    for item in presented {
      let question = try lookup.question(item.questionID)
      grades.append(try question.grade(counted[item.questionID]).applyingPenalty(factor: factor))
    }

    let maxPoints = grades.reduce(0) { $0 + $1.maxPoints }
    let rawPoints = Self.floored(grades.reduce(0) { $0 + $1.rawPoints })
    let points = Self.floored(grades.reduce(0) { $0 + $1.points })
    let percentage = Self.percentage(points, of: maxPoints)
    return AttemptGrade(
      attemptNumber: record.attemptNumber,
      questions: grades,
      maxPoints: maxPoints,
      rawPoints: rawPoints,
      points: points,
      rawPercentage: Self.percentage(rawPoints, of: maxPoints),
      penaltyFactor: factor,
      percentage: percentage,
      passed: policy.passes(percentage: percentage),
      overallFeedback: feedbackBand(forPercentage: percentage)?.message,
      deadline: deadline,
      lateResponseCount: lateCount)
  }

  /// An attempt total: never below 0 (NaN counts as 0).
  private static func floored(_ points: Double) -> Double {
    points > 0 ? points : 0
  }

  /// `max(0, points) / maxPoints × 100`, or 0 when nothing can be earned.
  private static func percentage(_ points: Double, of maxPoints: Double) -> Double {
    guard maxPoints > 0 else { return 0 }
    return max(0, points) / maxPoints * 100
  }
}

/// The questions of a quiz by id, across all sections' pools.
struct QuestionLookup {
  private let quizID: String
  private let questions: [String: Question]

  /// Indexes the quiz's questions; when an id repeats, the first wins.
  init(quiz: Quiz) {
    quizID = quiz.id
    let all = quiz.sections.flatMap(\.pool.questions)
    questions = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The question with id `questionID`.
  func question(_ questionID: String) throws(GradingError) -> Question {
    guard let question = questions[questionID] else {
      throw .unknownQuestion(questionID: questionID, quizID: quizID)
    }
    return question
  }
}
