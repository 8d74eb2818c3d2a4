import VigilBase
import VigilGrading

/// `question-unanswerable`: no response to a question earns full marks (no correct choice, a
/// multiple-response scheme that cannot reach 1, no accepted answer worth the whole question).
public struct QuestionAnswerableRule: CourseRule {
  public let id = RuleID.questionUnanswerable

  public func check(_ package: CoursePackage, context: ValidationContext) -> [Diagnostic] {
    package.course.questionBanks.flatMap(\.questions).compactMap { question in
      let best = question.fractionRange.maximum
      guard !question.fractionRange.reachesFullMarks else { return nil }
      let percent = ScoreFormat.percent((best * 100).rounded(.down))
      return Diagnostic(
        .error, id,
        "question '\(question.id)' cannot be answered for full marks (the best answer earns \(percent)); "
          + "mark a correct choice or give an answer worth the whole question",
        at: package.sources[.question(question.id)])
    }
  }
}
