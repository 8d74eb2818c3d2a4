import VigilBase
import VigilGrading

/// A course package read into values: what certificates print, the lessons, the question banks,
/// the quizzes and the evaluation.
public struct Course: Sendable, Hashable {
  /// The course id (the package folder's name).
  public var id: String
  /// The course version (semantic versioning).
  public var version: String
  /// The language of the course text.
  public var language: String
  /// The title certificates print.
  public var title: String
  /// A short description.
  public var summary: String
  /// Who the course is written for.
  public var audience: String?
  /// The date the course was first offered.
  public var released: CalendarDate
  /// The last date on which a completion earns credit.
  public var expires: CalendarDate
  /// The provider that offers the course.
  public var provider: Provider
  /// The approvals through which the course earns credit.
  public var approvals: [Approval]
  /// The required-content items the course covers.
  public var coverage: [CoverageItem]
  /// The learning objectives.
  public var objectives: [Objective]
  /// The disclosures learners see first.
  public var disclosures: [Disclosure]
  /// The lessons in order.
  public var lessons: [Lesson]
  /// The question banks quizzes draw from.
  public var questionBanks: [QuestionPool]
  /// The quizzes.
  public var quizzes: [Quiz]
  /// The evaluation questions.
  public var evaluation: [EvaluationQuestion]
  /// The objectives each question assesses, by question id (questions that name none are absent).
  public var questionObjectives: [String: [String]]
  /// The bibliography.
  public var references: [Reference]

  /// Creates a course.
  public init(
    id: String, version: String, language: String, title: String, summary: String, audience: String? = nil,
    released: CalendarDate, expires: CalendarDate, provider: Provider, approvals: [Approval] = [],
    coverage: [CoverageItem] = [], objectives: [Objective] = [], disclosures: [Disclosure] = [],
    lessons: [Lesson] = [], questionBanks: [QuestionPool] = [], quizzes: [Quiz] = [],
    evaluation: [EvaluationQuestion] = [], questionObjectives: [String: [String]] = [:], references: [Reference] = []
  ) {
    self.id = id
    self.version = version
    self.language = language
    self.title = title
    self.summary = summary
    self.audience = audience
    self.released = released
    self.expires = expires
    self.provider = provider
    self.approvals = approvals
    self.coverage = coverage
    self.objectives = objectives
    self.disclosures = disclosures
    self.lessons = lessons
    self.questionBanks = questionBanks
    self.quizzes = quizzes
    self.evaluation = evaluation
    self.questionObjectives = questionObjectives
    self.references = references
  }

  /// Estimated minutes of learning: the lessons' minutes plus the quizzes' estimated minutes.
  public var learningMinutes: Int {
    lessons.reduce(0) { $0 + $1.minutes } + quizMinutes.values.reduce(0, +)
  }

  /// Estimated minutes per quiz id, for quizzes that state them.
  public var quizMinutes: [String: Int] = [:]

  /// The quiz with this id.
  public func quiz(id: String) -> Quiz? { quizzes.first { $0.id == id } }
}
