/// A graded attempt: each question's grade, the totals, the percentage and the pass decision.
///
/// Nothing is rounded; show values with ``ScoreFormat`` and the policy's display decimals.
public struct AttemptGrade: Sendable, Hashable, Codable {
  /// The attempt's number, from 1.
  public var attemptNumber: Int
  /// Each presented question's grade, in presentation order (penalty applied).
  public var questions: [QuestionGrade]
  /// The sum of the presented questions' points.
  public var maxPoints: Double
  /// The points earned before the retry penalty: the questions' sum floored at 0.
  public var rawPoints: Double
  /// The points earned after the retry penalty: the sum of the questions' points floored at 0, so
  /// never negative even when a negatively weighted answer makes the sum negative.
  public var points: Double
  /// `rawPoints / maxPoints × 100` (0 when there are no points to earn).
  public var rawPercentage: Double
  /// The factor positive credit was scaled by (1 on the first attempt or without a retry penalty).
  public var penaltyFactor: Double
  /// `points / maxPoints × 100`: the percentage that decides pass and feedback.
  public var percentage: Double
  /// Whether ``percentage`` reached the pass mark.
  public var passed: Bool
  /// The overall feedback of the band ``percentage`` falls in, if any.
  public var overallFeedback: String?
  /// When the attempt had to be finished, if it had a time limit.
  public var deadline: Timestamp?
  /// How many saved responses came after the deadline and were not counted.
  public var lateResponseCount: Int

  /// Creates an attempt grade.
  public init(
    attemptNumber: Int,
    questions: [QuestionGrade],
    maxPoints: Double,
    rawPoints: Double,
    points: Double,
    rawPercentage: Double,
    penaltyFactor: Double,
    percentage: Double,
    passed: Bool,
    overallFeedback: String?,
    deadline: Timestamp?,
    lateResponseCount: Int
  ) {
    self.attemptNumber = attemptNumber
    self.questions = questions
    self.maxPoints = maxPoints
    self.rawPoints = rawPoints
    self.points = points
    self.rawPercentage = rawPercentage
    self.penaltyFactor = penaltyFactor
    self.percentage = percentage
    self.passed = passed
    self.overallFeedback = overallFeedback
    self.deadline = deadline
    self.lateResponseCount = lateResponseCount
  }

  /// The sum of the questions' points before the floor at 0: below ``points`` exactly when negatively
  /// weighted answers outweigh the credit earned.
  public var questionPoints: Double {
    questions.reduce(0) { $0 + $1.points }
  }

  /// Whether the total was raised to 0 because the questions' points sum below it.
  public var isFloored: Bool { questionPoints < 0 }

  /// The grade of the question with id `questionID`, if the attempt presented it.
  public func question(_ questionID: String) -> QuestionGrade? {
    questions.first { $0.questionID == questionID }
  }
}
