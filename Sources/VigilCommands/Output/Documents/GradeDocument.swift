import VigilCourse
import VigilGrading

/// `vigil grade --format json`: which questions were graded and how, the totals and the pass decision,
/// or the problems that stopped grading (then `questions` and the totals are absent).
struct GradeDocument: Encodable {
  /// One problem of the responses file, as the text output's `file:line:column: path: error: message`.
  struct Problem: Encodable {
    var path: String
    var line: Int?
    var column: Int?
    var message: String
  }

  /// One graded question.
  struct Question: Encodable {
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

  var course: String
  var version: String
  var quiz: String
  /// `all-questions` (no seed: every question of the pools) or `drawn` (the attempt `seed` draws).
  var coverage: String?
  var seed: UInt64?
  /// How many questions an attempt draws, when every question was graded.
  var drawnPerAttempt: Int?
  var questions: [Question]?
  /// The ids of the questions without an answer, each counted 0.
  var unanswered: [String]?
  /// The questions' points summed before the floor at 0 (below `points` only with negative marking).
  var questionPoints: Double?
  var points: Double?
  var maxPoints: Double?
  var percentage: Double?
  var passPercent: Double
  var passed: Bool?
  var problems: [Problem]?
  /// Problems beyond the 20 listed.
  var problemsNotListed: Int?

  init(course: Course, quiz: Quiz, outcome: AnswerSheet.Outcome) {
    self.course = course.id
    version = course.version
    self.quiz = quiz.id
    passPercent = quiz.policy.passPercent
    switch outcome {
    case .problems(let listed, let omitted):
      problems = listed.map {
        Problem(path: $0.source, line: $0.position?.line, column: $0.position?.column, message: $0.message)
      }
      problemsNotListed = omitted
    case .graded(let graded):
      let grade = graded.grade
      switch graded.coverage {
      case .allQuestions(_, let drawn):
        coverage = "all-questions"
        drawnPerAttempt = drawn
      case .drawn(let seed):
        coverage = "drawn"
        self.seed = seed
      }
      let kinds = Dictionary(
        quiz.sections.flatMap(\.pool.questions).map { ($0.id, $0.kind.name) }, uniquingKeysWith: { first, _ in first })
      questions = grade.questions.map {
        Question(
          id: $0.questionID, kind: kinds[$0.questionID] ?? "", answered: $0.isAnswered, rawFraction: $0.rawFraction,
          penalty: $0.penalty, fraction: $0.finalFraction, state: $0.state.rawValue, points: $0.points,
          maxPoints: $0.maxPoints, feedback: $0.feedback.response + ($0.feedback.general.map { [$0] } ?? []))
      }
      unanswered = graded.unansweredIDs
      questionPoints = grade.questionPoints
      points = grade.points
      maxPoints = grade.maxPoints
      percentage = grade.percentage
      passed = grade.passed
    }
  }
}
