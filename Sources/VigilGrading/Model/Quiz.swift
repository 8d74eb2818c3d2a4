/// A quiz: sections that draw questions from pools, and the policy that governs attempts.
public struct Quiz: Sendable, Hashable, Codable {
  /// The author's id, unique within the course.
  public var id: String
  /// The quiz title shown to the licensee.
  public var title: String
  /// The sections, in the order they are presented.
  public var sections: [QuizSection]
  /// Pass mark, attempts, grading method, time limit and penalties.
  public var policy: AttemptPolicy
  /// Overall feedback bands, chosen by the attempt's percentage.
  public var feedbackBands: [FeedbackBand]

  /// Creates a quiz.
  public init(
    id: String,
    title: String,
    sections: [QuizSection],
    policy: AttemptPolicy,
    feedbackBands: [FeedbackBand] = []
  ) {
    self.id = id
    self.title = title
    self.sections = sections
    self.policy = policy
    self.feedbackBands = feedbackBands
  }
}

/// A part of a quiz that selects questions from one pool.
public struct QuizSection: Sendable, Hashable, Codable {
  /// The author's id, unique within the quiz.
  public var id: String
  /// The pool the questions come from.
  public var pool: QuestionPool
  /// How many questions to draw; `nil` draws all of them.
  public var selectCount: Int?
  /// Whether the drawn questions are shuffled (fixed questions keep their places).
  public var shufflesQuestions: Bool

  /// Creates a section.
  public init(id: String, pool: QuestionPool, selectCount: Int? = nil, shufflesQuestions: Bool = true) {
    self.id = id
    self.pool = pool
    self.selectCount = selectCount
    self.shufflesQuestions = shufflesQuestions
  }
}

/// A named set of questions that sections draw from.
public struct QuestionPool: Sendable, Hashable, Codable {
  /// The author's id, unique within the course.
  public var id: String
  /// The questions in author order.
  public var questions: [Question]

  /// Creates a pool.
  public init(id: String, questions: [Question]) {
    self.id = id
    self.questions = questions
  }
}

/// The rules that govern a learner's attempts at a quiz.
public struct AttemptPolicy: Sendable, Hashable, Codable {
  /// The pass mark in percent; an attempt passes when its percentage is at least this (inclusive).
  public var passPercent: Double
  /// How many attempts a learner may make; `nil` means unlimited.
  public var maxAttempts: Int?
  /// How the attempts combine into the quiz grade.
  public var gradingMethod: GradingMethod
  /// The time limit of one attempt in seconds, if any.
  public var timeLimitSeconds: Int?
  /// Fraction of the achievable percentage taken off for each attempt after the first (0 when none).
  public var retryPenalty: Double
  /// Decimals used when percentages and points are shown; grading itself never rounds.
  public var displayDecimals: Int

  /// Creates a policy.
  public init(
    passPercent: Double,
    maxAttempts: Int? = nil,
    gradingMethod: GradingMethod = .highest,
    timeLimitSeconds: Int? = nil,
    retryPenalty: Double = 0,
    displayDecimals: Int = 1
  ) {
    self.passPercent = passPercent
    self.maxAttempts = maxAttempts
    self.gradingMethod = gradingMethod
    self.timeLimitSeconds = timeLimitSeconds
    self.retryPenalty = retryPenalty
    self.displayDecimals = displayDecimals
  }
}

/// How several attempts combine into one quiz grade.
public enum GradingMethod: String, Sendable, Hashable, Codable, CaseIterable {
  /// The best graded attempt.
  case highest
  /// The first graded attempt.
  case first
  /// The last graded attempt.
  case last
  /// The mean of the graded attempts.
  case average
}

/// Overall feedback for attempts whose percentage falls in [lowerPercent, upperPercent).
public struct FeedbackBand: Sendable, Hashable, Codable {
  /// The lowest percentage of the band (inclusive).
  public var lowerPercent: Double
  /// The percentage where the band ends (exclusive; the top band also takes exactly 100).
  public var upperPercent: Double
  /// The message shown.
  public var message: String

  /// Creates a band.
  public init(lowerPercent: Double, upperPercent: Double, message: String) {
    self.lowerPercent = lowerPercent
    self.upperPercent = upperPercent
    self.message = message
  }
}
