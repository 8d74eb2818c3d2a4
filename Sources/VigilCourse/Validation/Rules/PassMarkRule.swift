import VigilBase
import VigilGrading

/// `pass-mark-unreachable`: some draw of questions cannot reach the quiz's pass mark even when every
/// answer is the best possible one.
///
/// The worst draw is found exactly by Dinkelbach's method for the ratio (best points / points): each
/// round takes, per section, the questions that pull the ratio down most (fixed questions always),
/// until the ratio stops falling.
public struct PassMarkRule: CourseRule {
  public let id = RuleID.passMarkUnreachable

  public func check(_ package: CoursePackage, context: ValidationContext) -> [Diagnostic] {
    package.course.quizzes.compactMap { quiz in
      guard let worst = Self.worstBestPercent(quiz), worst + 1e-9 < quiz.policy.passPercent else { return nil }
      let shown = ScoreFormat.percent((worst * 10).rounded(.down) / 10)
      return Diagnostic(
        .error, id,
        "quiz '\(quiz.id)' needs \(ScoreFormat.percent(quiz.policy.passPercent)) to pass, but a learner who draws the "
          + "hardest questions can score at most \(shown); fix the questions or lower passPercent",
        at: package.sources[.quiz(quiz.id)].attribute("passPercent"))
    }
  }

  /// The lowest best-possible percentage over all draws, or nil when the quiz draws no questions.
  static func worstBestPercent(_ quiz: Quiz) -> Double? {
    let sections = quiz.sections.map { section in
      (questions: section.pool.questions, count: min(section.selectCount ?? section.pool.questions.count, section.pool.questions.count))
    }
    var ratio = 1.0
    for _ in 0..<50 {
      var earned = 0.0
      var total = 0.0
      for section in sections {
        let fixed = section.questions.filter(\.isFixed)
        let free = section.questions.filter { !$0.isFixed }
          .sorted { $0.points * ($0.fractionRange.maximum - ratio) < $1.points * ($1.fractionRange.maximum - ratio) }
        for question in fixed + free.prefix(max(0, section.count - fixed.count)) {
          earned += question.points * max(0, question.fractionRange.maximum)
          total += question.points
        }
      }
      guard total > 0 else { return nil }
      let next = earned / total
      if next >= ratio - 1e-12 { return next * 100 }
      ratio = next
    }
    return ratio * 100
  }
}
