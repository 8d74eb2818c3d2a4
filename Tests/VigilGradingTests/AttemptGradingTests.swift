import Testing
import VigilGrading

@Suite("Attempt grading")
struct AttemptGradingTests {
  /// 10 points: single choice (2), water (2), true/false (1), frog (5); pass at 70 %.
  static func quiz(trueFalseAnswer: Bool = true, passPercent: Double = 70, retryPenalty: Double = 0) -> Quiz {
    let questions = [
      Fixtures.single([(true, nil), (false, nil), (false, -1)], id: "q1", points: 2),
      Fixtures.water,
      Question(id: "tf", prompt: "tf", kind: .trueFalse(answer: trueFalseAnswer), feedback: "sky"),
      {
        var frog = Fixtures.frog
        frog.points = 5
        return frog
      }(),
    ]
    return Quiz(
      id: "quiz", title: "Quiz",
      sections: [QuizSection(id: "s", pool: QuestionPool(id: "p", questions: questions), shufflesQuestions: false)],
      policy: AttemptPolicy(
        passPercent: passPercent, timeLimitSeconds: 600, retryPenalty: retryPenalty, displayDecimals: 1),
      feedbackBands: [
        FeedbackBand(lowerPercent: 0, upperPercent: 50, message: "Review"),
        FeedbackBand(lowerPercent: 50, upperPercent: 70, message: "Close"),
        FeedbackBand(lowerPercent: 70, upperPercent: 100, message: "Passed"),
      ])
  }

  static let start = Timestamp(secondsSinceEpoch: 1_000)

  static func record(_ quiz: Quiz, attemptNumber: Int = 1, responses: [(String, Response, Int64)]) throws
    -> AttemptRecord
  {
    AttemptRecord(
      attemptNumber: attemptNumber, startedAt: start, attempt: try QuizAssembler.assemble(quiz: quiz, seed: 5),
      responses: responses.map {
        SavedResponse(questionID: $0.0, response: $0.1, savedAt: Timestamp(secondsSinceEpoch: $0.2))
      })
  }

  /// q1 a = 2, water {H} = 1, tf true = 1, frog "toad" = 0.8 × 5 = 4: 8 of 10 points.
  static let eightOfTen: [(String, Response, Int64)] = [
    ("q1", .choice(id: "a"), 1_100), ("water", .choices(ids: ["H"]), 1_200),
    ("tf", .trueFalse(answer: true), 1_300), ("frog", .text(answer: "toad"), 1_400),
  ]

  @Test func pointsPercentagePassAndFeedback() throws {
    let quiz = Self.quiz()
    let grade = try quiz.grade(Self.record(quiz, responses: Self.eightOfTen))
    #expect(grade.maxPoints == 10)
    #expect(grade.points == 8)
    #expect(grade.percentage == 80)
    #expect(grade.passed)
    #expect(grade.overallFeedback == "Passed")
    #expect(grade.questions.map(\.questionID) == ["q1", "water", "tf", "frog"])
    #expect(grade.questions.map(\.points) == [2, 1, 1, 4])
    #expect(
      grade.question("frog")?.feedback
        == QuestionFeedback(response: ["Toad is an OK good answer."], general: "The answer is frog"))
    #expect(grade.question("tf")?.feedback.general == "sky")
    #expect(grade.deadline == Timestamp(secondsSinceEpoch: 1_600))
    #expect(ScoreFormat.percent(grade.percentage, decimals: quiz.policy.displayDecimals) == "80.0%")
  }

  @Test func laterSavesReplaceEarlierOnesUntilTheDeadline() throws {
    let quiz = Self.quiz()
    let responses =
      Self.eightOfTen + [
        ("frog", .text(answer: "frog"), 1_600),  // at the deadline: counts → 5 points
        ("water", .choices(ids: ["H", "O"]), 1_601),  // after the deadline: ignored
        ("q1", .choice(id: "c"), 9_999),  // ignored
      ]
    let grade = try quiz.grade(Self.record(quiz, responses: responses))
    #expect(grade.points == 9)
    #expect(grade.lateResponseCount == 2)
    #expect(grade.question("water")?.finalFraction == 0.5)
  }

  /// q1 c is weighted −1 on a 2-point question: the questions sum to −2 points, and the attempt total
  /// is floored at 0 points, agreeing with its 0 %.
  @Test func unansweredQuestionsEarnNothingAndNegativeTotalsAreFlooredAtZero() throws {
    let quiz = Self.quiz()
    let grade = try quiz.grade(Self.record(quiz, responses: [("q1", .choice(id: "c"), 1_100)]))
    #expect(grade.question("q1")?.points == -2)
    #expect(grade.questionPoints == -2)
    #expect(grade.isFloored)
    #expect(grade.points == 0)
    #expect(grade.rawPoints == 0)
    #expect(grade.percentage == 0)
    #expect(!grade.passed)
    #expect(grade.overallFeedback == "Review")
    #expect(grade.questions.filter(\.isAnswered).map(\.questionID) == ["q1"])
  }

  /// Negative credit cancels credit elsewhere before the floor: q1 c (−2) + frog (5) = 3 of 10 points,
  /// 30 %; q1 c (−2) + tf (1) = −1, floored to 0 points.
  @Test func negativeCreditCancelsOtherCreditButTheTotalStopsAtZero() throws {
    let quiz = Self.quiz()
    let cancelled = try quiz.grade(
      Self.record(quiz, responses: [("q1", .choice(id: "c"), 1_100), ("frog", .text(answer: "frog"), 1_100)]))
    #expect(cancelled.points == 3)
    #expect(cancelled.percentage == 30)
    #expect(!cancelled.isFloored)
    let floored = try quiz.grade(
      Self.record(quiz, responses: [("q1", .choice(id: "c"), 1_100), ("tf", .trueFalse(answer: true), 1_100)]))
    #expect(floored.questionPoints == -1)
    #expect(floored.points == 0)
    #expect(floored.percentage == 0)
  }

  /// Attempt 2 with a 25 % retry penalty keeps 75 % of positive credit: 8 → 6 points, 60 %, fail.
  @Test func retryPenaltyScalesPositiveCredit() throws {
    let quiz = Self.quiz(retryPenalty: 0.25)
    let grade = try quiz.grade(Self.record(quiz, attemptNumber: 2, responses: Self.eightOfTen))
    #expect(grade.penaltyFactor == 0.75)
    #expect(grade.rawPoints == 8)
    #expect(grade.rawPercentage == 80)
    #expect(approximatelyEqual(grade.points, 6))
    #expect(approximatelyEqual(grade.percentage, 60))
    #expect(!grade.passed)
    #expect(grade.overallFeedback == "Close")
    let frog = try #require(grade.question("frog"))
    #expect(frog.rawFraction == 0.8)
    #expect(approximatelyEqual(frog.penalty, 0.2))
    #expect(approximatelyEqual(frog.finalFraction, 0.6))
    #expect(frog.state == .partial)
  }

  @Test func fullMarksFindTheTopBand() throws {
    let quiz = Self.quiz()
    let responses: [(String, Response, Int64)] = [
      ("q1", .choice(id: "a"), 1_100), ("water", .choices(ids: ["O", "H"]), 1_100),
      ("tf", .trueFalse(answer: true), 1_100), ("frog", .text(answer: " FROG "), 1_100),
    ]
    let grade = try quiz.grade(Self.record(quiz, responses: responses))
    #expect(grade.percentage == 100)
    #expect(grade.overallFeedback == "Passed")
    #expect(grade.questions.allSatisfy { $0.state == .correct })
  }

  @Test(
    "feedback bands: lower bound inclusive, upper exclusive",
    arguments: [
      (0.0, "Review"), (49.99, "Review"), (50, "Close"), (69.9, "Close"), (70, "Passed"), (99.9, "Passed"),
      (100, "Passed"), (-5, "Review"),
    ])
  func feedbackBands(percentage: Double, message: String) {
    #expect(Self.quiz().feedbackBand(forPercentage: percentage)?.message == message)
  }

  @Test func brokenRecordsAreErrors() throws {
    let quiz = Self.quiz()
    #expect(throws: GradingError.invalidAttemptNumber(0)) {
      try quiz.grade(Self.record(quiz, attemptNumber: 0, responses: []))
    }
    #expect(throws: GradingError.questionNotPresented(questionID: "q9")) {
      try quiz.grade(Self.record(quiz, responses: [("q9", .choice(id: "a"), 1_100)]))
    }
    var other = quiz
    other.sections[0].pool.questions.removeFirst()
    #expect(throws: GradingError.unknownQuestion(questionID: "q1", quizID: "quiz")) {
      try other.grade(Self.record(quiz, responses: []))
    }
  }
}
