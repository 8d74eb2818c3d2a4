import VigilBase
import VigilGrading

/// ANCC expects an activity's assessment to measure its objectives. Questions name the objectives
/// they assess (`objectives="..."`); per quiz:
///
/// - `objective-not-assessed` (warning): no question the quiz can draw assesses the objective;
/// - `objective-may-go-unassessed` (warning): some draw leaves it unassessed. A section guarantees an
///   objective when one of its fixed questions assesses it, or when it draws more questions at random
///   than it has non-fixed questions that do not (so every draw includes one).
public struct ObjectiveAssessmentRule: CourseRule {
  public let id = RuleID.objectiveNotAssessed

  public func check(_ package: CoursePackage, context: ValidationContext) -> [Diagnostic] {
    let course = package.course
    var diagnostics: [Diagnostic] = []
    // A quiz without sections lost them to errors already reported (a bank that does not exist).
    for quiz in course.quizzes where !quiz.sections.isEmpty {
      let place = package.sources[.quiz(quiz.id)]
      for objective in course.objectives {
        let assesses: (Question) -> Bool = { course.questionObjectives[$0.id]?.contains(objective.id) == true }
        guard quiz.sections.contains(where: { $0.pool.questions.contains(where: assesses) }) else {
          diagnostics.append(
            Diagnostic(
              .warning, id,
              "quiz '\(quiz.id)' has no question that assesses objective '\(objective.id)'; add one, or name the "
                + "objective in the objectives of a question that does",
              at: place))
          continue
        }
        guard !quiz.sections.contains(where: { guarantees($0, assesses) }) else { continue }
        diagnostics.append(
          Diagnostic(
            .warning, .objectiveMayGoUnassessed,
            "a draw of quiz '\(quiz.id)' can leave objective '\(objective.id)' unassessed; give it a section of its "
              + "own, fix one of its questions, or draw more",
            at: place))
      }
    }
    return diagnostics
  }

  /// Whether every draw of the section includes a question that `assesses`.
  private func guarantees(_ section: QuizSection, _ assesses: (Question) -> Bool) -> Bool {
    let questions = section.pool.questions
    let fixed = questions.filter(\.isFixed)
    if fixed.contains(where: assesses) { return true }
    let drawn = (section.selectCount ?? questions.count) - fixed.count
    let missing = questions.filter { !$0.isFixed && !assesses($0) }.count
    return drawn > missing
  }
}
