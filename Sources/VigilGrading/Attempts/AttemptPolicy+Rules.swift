extension AttemptPolicy {
  /// The slack, in percentage points, allowed when a percentage is compared with the pass mark or a
  /// feedback band's bounds: Moodle's 1e-7 fraction tolerance, so 69.99999999999999 % from binary
  /// rounding still reaches a 70 % pass mark.
  public static let comparisonSlack = GradeState.tolerance * 100

  /// Whether a learner who has started `attemptsStarted` attempts may start another.
  ///
  /// Unlimited when ``maxAttempts`` is `nil`. A limit of 0 or less allows none (an importer should
  /// turn QTI's "0 = unlimited" into `nil`).
  public func canStartAttempt(attemptsStarted: Int) -> Bool {
    guard let maxAttempts else { return true }
    return attemptsStarted < maxAttempts
  }

  /// How many more attempts may be started, or `nil` when unlimited.
  public func remainingAttempts(attemptsStarted: Int) -> Int? {
    maxAttempts.map { max(0, $0 - attemptsStarted) }
  }

  /// The deadline of an attempt started at `startedAt`: start + time limit, or `nil` without a limit.
  public func deadline(startedAt: Timestamp) -> Timestamp? {
    timeLimitSeconds.map { startedAt.adding(seconds: $0) }
  }

  /// Whether a response saved at `savedAt` in an attempt started at `startedAt` counts: it must be
  /// saved at or before the deadline (the deadline second itself still counts).
  public func counts(savedAt: Timestamp, startedAt: Timestamp) -> Bool {
    guard let deadline = deadline(startedAt: startedAt) else { return true }
    return savedAt <= deadline
  }

  /// The factor positive credit is multiplied by on attempt `attemptNumber` (from 1):
  /// `max(0, 1 − retryPenalty × (attemptNumber − 1))`, with ``retryPenalty`` taken within [0, 1].
  ///
  /// With a retry penalty of 0.1 the second attempt keeps 90 % of its credit, the third 80 %, and the
  /// eleventh and later nothing. The attempt's percentage is its raw percentage times this factor
  /// (unless negative fractions are involved, which a penalty never makes worse).
  public func penaltyFactor(attemptNumber: Int) -> Double {
    let penalty = min(1, max(0, retryPenalty.isNaN ? 0 : retryPenalty))
    return max(0, 1 - penalty * Double(max(0, attemptNumber - 1)))
  }

  /// Whether `percentage` reaches the pass mark (inclusive, with ``comparisonSlack``).
  public func passes(percentage: Double) -> Bool {
    percentage + Self.comparisonSlack >= passPercent
  }

  /// The quiz result over the graded attempts, combined by ``gradingMethod``; `nil` when there is no
  /// graded attempt. Attempts in progress or never submitted are simply left out of `grades`.
  public func quizResult(from grades: [AttemptGrade]) -> QuizResult? {
    let ordered = grades.sorted { $0.attemptNumber < $1.attemptNumber }
    guard let percentage = gradingMethod.combine(ordered.map(\.percentage)) else { return nil }
    return QuizResult(percentage: percentage, passed: passes(percentage: percentage))
  }
}

extension GradingMethod {
  /// Combines the percentages of graded attempts, given in attempt order: the highest, the first,
  /// the last or the mean; `nil` when there are none.
  public func combine(_ percentages: [Double]) -> Double? {
    guard !percentages.isEmpty else { return nil }
    switch self {
    case .highest: return percentages.max()
    case .first: return percentages.first
    case .last: return percentages.last
    case .average: return percentages.reduce(0, +) / Double(percentages.count)
    }
  }
}

/// A learner's result for a quiz over all graded attempts.
public struct QuizResult: Sendable, Hashable, Codable {
  /// The combined percentage.
  public var percentage: Double
  /// Whether the combined percentage reaches the pass mark.
  public var passed: Bool

  /// Creates a result.
  public init(percentage: Double, passed: Bool) {
    self.percentage = percentage
    self.passed = passed
  }
}
