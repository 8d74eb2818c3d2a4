import Foundation
import VigilCourse
import VigilGrading

/// What `vigil grade` prints: which questions were graded, each question's fraction and points, the
/// unanswered questions, the total, percentage and pass/fail, or the problems that stopped grading.
struct GradeReport {
  let course: Course
  let quiz: Quiz
  let outcome: AnswerSheet.Outcome
  /// The responses file, named in problem lines.
  let responsesFile: String

  private var decimals: Int { quiz.policy.displayDecimals }

  /// The report as lines of text.
  func text() -> String {
    switch outcome {
    case .problems(let problems, let omitted):
      var lines = problems.map { problem in
        let place = problem.position.map { "\(responsesFile):\($0): " } ?? "\(responsesFile): "
        return "\(place)\(problem.source): error: \(problem.message)"
      }
      if omitted > 0 { lines.append("… and \(omitted) more not listed") }
      let total = problems.count + omitted
      let count = total == 1 ? "1 problem" : "\(total) problems"
      return (lines + ["\(count) in the responses file; nothing was graded"]).joined(separator: "\n") + "\n"
    case .graded(let graded):
      let grade = graded.grade
      var lines = ["\(course.id) \(course.version), quiz '\(quiz.id)', \(Self.coverageText(graded))"]
      let kinds = Dictionary(
        quiz.sections.flatMap(\.pool.questions).map { ($0.id, $0.kind.name) }, uniquingKeysWith: { first, _ in first })
      let idWidth = max(8, graded.attempt.questions.map(\.questionID.count).max() ?? 0)
      for question in grade.questions {
        let id = question.questionID.padding(toLength: idWidth, withPad: " ", startingAt: 0)
        let kind = (kinds[question.questionID] ?? "").padding(toLength: 18, withPad: " ", startingAt: 0)
        let points = "\(ScoreFormat.decimal(question.points, decimals: 2)) of \(ScoreFormat.decimal(question.maxPoints, decimals: 2))"
        let fraction = ScoreFormat.percent(question.finalFraction * 100, decimals: decimals)
        let state = question.isAnswered ? question.state.rawValue : "not answered"
        lines.append("  \(id)  \(kind)  \(points) points  \(fraction)  \(state)")
      }
      if !graded.unansweredIDs.isEmpty {
        lines.append(
          "Not answered, counted 0 (\(graded.unansweredIDs.count)): \(graded.unansweredIDs.joined(separator: ", "))")
      }
      let verdict = grade.passed ? "passed" : "not passed"
      let floor =
        grade.isFloored
        ? " (the questions' points sum to \(ScoreFormat.decimal(grade.questionPoints, decimals: decimals)); "
          + "a total is never below 0)" : ""
      lines.append(
        "Total: \(ScoreFormat.decimal(grade.points, decimals: decimals)) of \(ScoreFormat.decimal(grade.maxPoints, decimals: decimals)) "
          + "points\(floor), \(ScoreFormat.percent(grade.percentage, decimals: decimals)), \(verdict) "
          + "(pass mark \(ScoreFormat.percent(quiz.policy.passPercent)))")
      if let feedback = grade.overallFeedback { lines.append(feedback) }
      return lines.joined(separator: "\n") + "\n"
    }
  }

  /// What the graded questions are, for the first line.
  private static func coverageText(_ graded: AnswerSheet.Graded) -> String {
    switch graded.coverage {
    case .allQuestions(let count, let drawn):
      return "all \(count) questions of its pools in author order "
        + "(checking the key; an attempt draws \(drawn), grade one with --seed)"
    case .drawn(let seed):
      return "the \(graded.attempt.questions.count) questions drawn with seed \(seed)"
    }
  }

  /// The report as one JSON document (``GradeDocument``).
  func json() throws(CommandError) -> String {
    try JSONOutput.encode(GradeDocument(course: course, quiz: quiz, outcome: outcome))
  }
}

extension QuestionKind {
  /// The kind's name as course files write it.
  var name: String {
    switch self {
    case .singleChoice: return "single-choice"
    case .multipleResponse: return "multiple-response"
    case .trueFalse: return "true-false"
    case .matching: return "matching"
    case .ordering: return "ordering"
    case .shortText: return "short-text"
    case .numeric: return "numeric"
    }
  }
}
