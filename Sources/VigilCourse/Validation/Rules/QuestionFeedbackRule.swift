import VigilBase
import VigilGrading

/// `question-without-feedback` (warning): a question gives the learner no feedback at all.
public struct QuestionFeedbackRule: CourseRule {
  public let id = RuleID.questionWithoutFeedback

  public func check(_ package: CoursePackage, context: ValidationContext) -> [Diagnostic] {
    package.course.questionBanks.flatMap(\.questions).compactMap { question in
      guard !Self.hasFeedback(question) else { return nil }
      return Diagnostic(
        .warning, id, "question '\(question.id)' has no feedback; add a <feedback> that explains the answer",
        at: package.sources[.question(question.id)])
    }
  }

  private static func hasFeedback(_ question: Question) -> Bool {
    if question.feedback != nil { return true }
    switch question.kind {
    case .singleChoice(let choices), .multipleResponse(let choices, _):
      return choices.contains { $0.feedback != nil }
    case .shortText(let answers, _):
      return answers.contains { $0.feedback != nil }
    case .numeric(let answers):
      return answers.contains { $0.feedback != nil }
    case .trueFalse, .matching, .ordering:
      return false
    }
  }
}
