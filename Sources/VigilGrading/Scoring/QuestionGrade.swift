/// One graded question: the fraction as scored, the penalty taken off and the final fraction.
///
/// Fractions are of the question's points: 1 is full marks; a single-choice question may go below 0.
/// Nothing here is rounded; round only for display with ``ScoreFormat``.
public struct QuestionGrade: Sendable, Hashable, Codable {
  /// The question's id.
  public var questionID: String
  /// Points the question is worth at full marks.
  public var maxPoints: Double
  /// Whether a response was given.
  public var isAnswered: Bool
  /// The fraction the response earned, before any penalty.
  public var rawFraction: Double
  /// The fraction taken off by the retry penalty (0 when none; never negative).
  public var penalty: Double
  /// The fraction that counts: `rawFraction − penalty`.
  public var finalFraction: Double
  /// Right, partly right or wrong, from ``finalFraction``.
  public var state: GradeState
  /// The feedback to show.
  public var feedback: QuestionFeedback

  /// Creates a grade without penalty.
  public init(questionID: String, maxPoints: Double, isAnswered: Bool, rawFraction: Double, feedback: QuestionFeedback)
  {
    self.questionID = questionID
    self.maxPoints = maxPoints
    self.isAnswered = isAnswered
    self.rawFraction = rawFraction
    self.penalty = 0
    self.finalFraction = rawFraction
    self.state = GradeState(fraction: rawFraction)
    self.feedback = feedback
  }

  /// The points earned: ``finalFraction`` × ``maxPoints``.
  public var points: Double { finalFraction * maxPoints }

  /// The points earned before the penalty.
  public var rawPoints: Double { rawFraction * maxPoints }

  /// This grade with positive credit scaled by `factor` (0...1); a negative fraction is left as it is,
  /// since a penalty only takes credit away.
  func applyingPenalty(factor: Double) -> QuestionGrade {
    guard rawFraction > 0, factor < 1 else { return self }
    var grade = self
    grade.finalFraction = GradeState.snapped(rawFraction * max(0, factor))
    grade.penalty = rawFraction - grade.finalFraction
    grade.state = GradeState(fraction: grade.finalFraction)
    return grade
  }
}
