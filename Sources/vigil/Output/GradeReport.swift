import Foundation
import VigilCourse
import VigilGrading

/// What `vigil grade` prints: each question's fraction and points, the total, percentage and pass/fail,
/// or the problems that stopped grading.
struct GradeReport {
  let course: Course
  let quiz: Quiz
  let seed: UInt64?
  let outcome: AnswerSheet.Outcome
  /// The responses file, named in problem lines.
  let responsesFile: String

  private var decimals: Int { quiz.policy.displayDecimals }

  /// The report as lines of text.
  func text() -> String {
    switch outcome {
    case .problems(let problems):
      let lines = problems.map { "\(responsesFile): \($0.source): error: \($0.message)" }
      let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
      return (lines + ["\(count) in the responses file; nothing was graded"]).joined(separator: "\n") + "\n"
    case .graded(let attempt, let grade):
      let order = seed.map { "attempt drawn with seed \($0)" } ?? "questions in author order"
      var lines = ["\(course.id) \(course.version), quiz '\(quiz.id)', \(order)"]
      let kinds = Dictionary(quiz.sections.flatMap(\.pool.questions).map { ($0.id, $0.kind.name) }, uniquingKeysWith: { a, _ in a })
      let idWidth = max(8, attempt.questions.map(\.questionID.count).max() ?? 0)
      for question in grade.questions {
        let id = question.questionID.padding(toLength: idWidth, withPad: " ", startingAt: 0)
        let kind = (kinds[question.questionID] ?? "").padding(toLength: 18, withPad: " ", startingAt: 0)
        let points = "\(ScoreFormat.decimal(question.points, decimals: 2)) of \(ScoreFormat.decimal(question.maxPoints, decimals: 2))"
        let fraction = ScoreFormat.percent(question.finalFraction * 100, decimals: decimals)
        let state = question.isAnswered ? question.state.rawValue : "not answered"
        lines.append("  \(id)  \(kind)  \(points) points  \(fraction)  \(state)")
      }
      let verdict = grade.passed ? "passed" : "not passed"
      lines.append(
        "Total: \(ScoreFormat.decimal(grade.points, decimals: decimals)) of \(ScoreFormat.decimal(grade.maxPoints, decimals: decimals)) "
          + "points, \(ScoreFormat.percent(grade.percentage, decimals: decimals)), \(verdict) "
          + "(pass mark \(ScoreFormat.percent(quiz.policy.passPercent, decimals: 0)))")
      if let feedback = grade.overallFeedback { lines.append(feedback) }
      return lines.joined(separator: "\n") + "\n"
    }
  }

  /// The report as one JSON document.
  func json() throws(CommandError) -> String {
    struct Problem: Encodable { var path: String; var message: String }
    struct QuestionEntry: Encodable {
      var id: String
      var kind: String
      var answered: Bool
      var rawFraction: Double
      var penalty: Double
      var fraction: Double
      var state: String
      var points: Double
      var maxPoints: Double
      var feedback: [String]
    }
    struct Document: Encodable {
      var course: String
      var version: String
      var quiz: String
      var seed: UInt64?
      var questions: [QuestionEntry]?
      var points: Double?
      var maxPoints: Double?
      var percentage: Double?
      var passPercent: Double
      var passed: Bool?
      var problems: [Problem]?
    }
    var document = Document(course: course.id, version: course.version, quiz: quiz.id, seed: seed, passPercent: quiz.policy.passPercent)
    switch outcome {
    case .problems(let problems):
      document.problems = problems.map { Problem(path: $0.source, message: $0.message) }
    case .graded(_, let grade):
      let kinds = Dictionary(quiz.sections.flatMap(\.pool.questions).map { ($0.id, $0.kind.name) }, uniquingKeysWith: { a, _ in a })
      document.questions = grade.questions.map {
        QuestionEntry(
          id: $0.questionID, kind: kinds[$0.questionID] ?? "", answered: $0.isAnswered, rawFraction: $0.rawFraction,
          penalty: $0.penalty, fraction: $0.finalFraction, state: $0.state.rawValue, points: $0.points,
          maxPoints: $0.maxPoints, feedback: $0.feedback.response + ($0.feedback.general.map { [$0] } ?? []))
      }
      document.points = grade.points
      document.maxPoints = grade.maxPoints
      document.percentage = grade.percentage
      document.passed = grade.passed
    }
    return try JSONOutput.encode(document)
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
