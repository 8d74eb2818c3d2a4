/// Grades stored attempts again against a corrected version of their quiz.
public enum Regrader {
  /// Regrades each stored attempt against `corrected`, using the display order and responses
  /// stored with the attempt (never a fresh assembly), and lists what changed.
  ///
  /// A question's change is listed when its final fraction moved by more than
  /// ``GradeState/tolerance``. The corrected quiz's policy (pass mark, penalty, time limit, bands)
  /// applies to the new grades.
  ///
  /// - Throws: ``GradingError/unknownQuestion(questionID:quizID:)`` when the corrected quiz dropped
  ///   a presented question, ``GradingError/unknownID(questionID:id:)`` when it dropped a choice,
  ///   stem, target or item a response names, and the other errors of ``Quiz/grade(_:)``.
  public static func regrade(_ attempts: [StoredAttempt], against corrected: Quiz) throws(GradingError) -> RegradeReport
  {
    let lookup = QuestionLookup(quiz: corrected)
    var regrades: [AttemptRegrade] = []
    for stored in attempts {
      let current = try corrected.grade(stored.record, lookup: lookup)
      regrades.append(
        AttemptRegrade(
          attemptNumber: stored.record.attemptNumber,
          previous: stored.grade,
          current: current,
          changedQuestions: changes(from: stored.grade, to: current)))
    }
    return RegradeReport(attempts: regrades, quizResult: corrected.policy.quizResult(from: regrades.map(\.current)))
  }

  /// The questions of `current` whose final fraction differs from `previous`.
  private static func changes(from previous: AttemptGrade, to current: AttemptGrade) -> [QuestionChange] {
    current.questions.compactMap { grade in
      let before = previous.question(grade.questionID)?.finalFraction ?? 0
      guard abs(before - grade.finalFraction) > GradeState.tolerance else { return nil }
      return QuestionChange(
        questionID: grade.questionID, previousFraction: before, currentFraction: grade.finalFraction)
    }
  }
}
