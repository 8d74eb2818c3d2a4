import Testing
import VigilGrading

@Suite("Attempt policy")
struct AttemptPolicyTests {
  @Test func maximumAttempts() {
    let limited = AttemptPolicy(passPercent: 70, maxAttempts: 3)
    #expect(limited.canStartAttempt(attemptsStarted: 0))
    #expect(limited.canStartAttempt(attemptsStarted: 2))
    #expect(!limited.canStartAttempt(attemptsStarted: 3))
    #expect(limited.remainingAttempts(attemptsStarted: 1) == 2)
    #expect(limited.remainingAttempts(attemptsStarted: 5) == 0)
    let unlimited = AttemptPolicy(passPercent: 70)
    #expect(unlimited.canStartAttempt(attemptsStarted: 1_000))
    #expect(unlimited.remainingAttempts(attemptsStarted: 1) == nil)
  }

  @Test(
    "grading methods",
    arguments: [
      (GradingMethod.highest, 80.0), (.first, 60), (.last, 70), (.average, 70),
    ])
  func gradingMethods(method: GradingMethod, expected: Double) {
    #expect(method.combine([60, 80, 70]) == expected)
    #expect(method.combine([]) == nil)
  }

  @Test func quizResultOrdersAttemptsByNumber() {
    let policy = AttemptPolicy(passPercent: 70, gradingMethod: .last)
    let grades = [(2, 75.0), (1, 90.0), (3, 65.0)].map { number, percentage in
      AttemptGrade(
        attemptNumber: number, questions: [], maxPoints: 1, rawPoints: 0, points: 0, rawPercentage: percentage,
        penaltyFactor: 1, percentage: percentage, passed: percentage >= 70, overallFeedback: nil, deadline: nil,
        lateResponseCount: 0)
    }
    #expect(policy.quizResult(from: grades) == QuizResult(percentage: 65, passed: false))
    #expect(
      AttemptPolicy(passPercent: 70, gradingMethod: .first).quizResult(from: grades)
        == QuizResult(percentage: 90, passed: true))
    #expect(policy.quizResult(from: []) == nil)
  }

  @Test(
    "pass mark is inclusive",
    arguments: [(70.0, true), (69.99999999999999, true), (69.99, false), (100, true), (0, false)])
  func passMark(percentage: Double, passes: Bool) {
    #expect(AttemptPolicy(passPercent: 70).passes(percentage: percentage) == passes)
  }

  @Test("retry penalty factor", arguments: [(1, 1.0), (2, 0.9), (3, 0.8), (11, 0), (20, 0)])
  func penaltyFactor(attempt: Int, expected: Double) {
    let factor = AttemptPolicy(passPercent: 70, retryPenalty: 0.1).penaltyFactor(attemptNumber: attempt)
    #expect(approximatelyEqual(factor, expected))
    #expect(AttemptPolicy(passPercent: 70).penaltyFactor(attemptNumber: attempt) == 1)
  }

  @Test func deadline() {
    let policy = AttemptPolicy(passPercent: 70, timeLimitSeconds: 1_800)
    let start = Timestamp(secondsSinceEpoch: 1_700_000_000)
    #expect(policy.deadline(startedAt: start) == Timestamp(secondsSinceEpoch: 1_700_001_800))
    #expect(policy.counts(savedAt: start.adding(seconds: 1_800), startedAt: start))
    #expect(!policy.counts(savedAt: start.adding(seconds: 1_801), startedAt: start))
    #expect(AttemptPolicy(passPercent: 70).deadline(startedAt: start) == nil)
  }

  @Test(
    "display rounding",
    arguments: [
      (66.666, 1, "66.7"), (2.5, 0, "3"), (-2.5, 0, "-3"), (80, 2, "80.00"), (0.04, 1, "0.0"), (-0.04, 1, "0.0"),
      (12.345678, 3, "12.346"),
      (100, 0, "100"), (0.125, 2, "0.13"),
    ])
  func scoreFormat(value: Double, decimals: Int, text: String) {
    #expect(ScoreFormat.decimal(value, decimals: decimals) == text)
  }
}
