import VigilGrading

/// A plain-text outline of a course: identity, provider, credit, lessons, quizzes and evaluation.
///
/// Authors read it to check what learners will see; the licensee's session shows it before the lessons.
public struct CourseOutline: Sendable {
  /// The course outlined.
  public let course: Course

  /// Creates an outline of a course.
  public init(_ course: Course) {
    self.course = course
  }

  /// The outline as lines of text.
  public var lines: [String] {
    var lines = ["\(course.title) (\(course.id) \(course.version))", course.summary, ""]
    lines.append("Provider: \(course.provider.name)" + (course.provider.web.map { ", \($0)" } ?? ""))
    lines.append("Offered \(course.released) to \(course.expires)")
    lines.append("Credit:")
    for approval in course.approvals {
      let example = approval.isExample ? ", example number" : ""
      let topics = approval.topics.isEmpty ? "" : " on \(approval.topics.joined(separator: ", "))"
      lines.append("  \(approval.hoursText) h by \(approval.approver) (\(approval.number)\(example))\(topics)")
    }
    lines.append("Objectives:")
    lines += course.objectives.map { "  - \($0.text)" }
    let lessonMinutes = course.lessons.reduce(0) { $0 + $1.minutes }
    lines.append("Lessons (\(lessonMinutes) min):")
    for (index, lesson) in course.lessons.enumerated() {
      let cases = lesson.blocks.filter { if case .caseScenario = $0 { return true } else { return false } }.count
      let caseNote = cases == 0 ? "" : ", \(cases) case\(cases == 1 ? "" : "s")"
      lines.append("  \(index + 1). \(lesson.title) (\(lesson.minutes) min\(caseNote))")
    }
    for quiz in course.quizzes {
      let drawn = quiz.sections.reduce(0) { $0 + ($1.selectCount ?? $1.pool.questions.count) }
      let pool = quiz.sections.reduce(0) { $0 + $1.pool.questions.count }
      let attempts = quiz.policy.maxAttempts.map { "\($0) attempts" } ?? "unlimited attempts"
      lines.append(
        "Quiz \"\(quiz.title)\": \(drawn) of \(pool) questions, pass at \(ScoreFormat.percent(quiz.policy.passPercent)), "
          + "\(attempts), \(quiz.policy.gradingMethod.rawValue) attempt counts")
    }
    lines.append("Evaluation: \(course.evaluation.count) questions")
    if !course.references.isEmpty {
      lines.append("References:")
      lines += course.references.map(\.outlineLine)
    }
    return lines
  }
}
