import Testing
import VigilGrading

@Suite("Regrade against a corrected quiz")
struct RegradeTests {
  typealias Saved = [(String, Response, Int64)]

  /// Attempt 1 answered true/false "true": 8 of 10 under the wrong key (false) but 9 of 10 under the
  /// corrected key (true). Attempt 2 answered "false": 9 of 10 before, 8 after. Pass mark 85 %.
  static let firstResponses: Saved = [
    ("q1", .choice(id: "a"), 1_100), ("water", .choices(ids: ["H", "O"]), 1_100),
    ("tf", .trueFalse(answer: true), 1_100), ("frog", .text(answer: "toad"), 1_100),
  ]
  static let secondResponses: Saved = [
    ("q1", .choice(id: "a"), 1_100), ("water", .choices(ids: ["H", "O"]), 1_100),
    ("tf", .trueFalse(answer: false), 1_100), ("frog", .text(answer: "toad"), 1_100),
  ]

  static func stored(_ quiz: Quiz, _ number: Int, _ responses: Saved) throws -> StoredAttempt {
    let record = try AttemptGradingTests.record(quiz, attemptNumber: number, responses: responses)
    return StoredAttempt(record: record, grade: try quiz.grade(record))
  }

  @Test func correctedKeyFlipsOutcomes() throws {
    let original = AttemptGradingTests.quiz(trueFalseAnswer: false, passPercent: 85)
    let corrected = AttemptGradingTests.quiz(trueFalseAnswer: true, passPercent: 85)
    let attempts = [
      try Self.stored(original, 1, Self.firstResponses), try Self.stored(original, 2, Self.secondResponses),
    ]
    #expect(attempts.map(\.grade.points) == [8, 9])

    let report = try Regrader.regrade(attempts, against: corrected)
    #expect(report.attempts.map(\.current.points) == [9, 8])
    #expect(report.attempts.map(\.outcomeChange) == [.failToPass, .passToFail])
    #expect(report.changedOutcomes.map(\.attemptNumber) == [1, 2])
    #expect(
      report.attempts[0].changedQuestions == [QuestionChange(questionID: "tf", previousFraction: 0, currentFraction: 1)]
    )
    #expect(
      report.attempts[1].changedQuestions == [QuestionChange(questionID: "tf", previousFraction: 1, currentFraction: 0)]
    )
    #expect(report.quizResult == QuizResult(percentage: 90, passed: true))
  }

  @Test func unchangedQuizChangesNothing() throws {
    let quiz = AttemptGradingTests.quiz(passPercent: 85)
    let report = try Regrader.regrade([try Self.stored(quiz, 1, Self.firstResponses)], against: quiz)
    #expect(report.changedAttempts.isEmpty)
    #expect(report.attempts[0].current == report.attempts[0].previous)
  }

  @Test func changedWeightIsListedWithoutOutcomeChange() throws {
    let original = AttemptGradingTests.quiz()
    var corrected = original
    corrected.sections[0].pool.questions[3].kind = .shortText(
      answers: [TextAnswer(pattern: "frog", fraction: 1), TextAnswer(pattern: "toad", fraction: 0.5)],
      isCaseSensitive: false)
    let report = try Regrader.regrade([try Self.stored(original, 1, Self.firstResponses)], against: corrected)
    #expect(report.changedOutcomes.isEmpty)
    #expect(
      report.attempts[0].changedQuestions == [
        QuestionChange(questionID: "frog", previousFraction: 0.8, currentFraction: 0.5)
      ])
    #expect(report.attempts[0].current.points == 7.5)
  }

  @Test func correctedQuizMustKeepWhatResponsesName() throws {
    let original = AttemptGradingTests.quiz()
    var withoutOxygen = original
    withoutOxygen.sections[0].pool.questions[1] = Fixtures.multiple(
      correct: [true], scheme: .partial, weights: [1], id: "water")
    #expect(throws: GradingError.unknownID(questionID: "water", id: "H")) {
      try Regrader.regrade([try Self.stored(original, 1, Self.firstResponses)], against: withoutOxygen)
    }
    var withoutFrog = original
    withoutFrog.sections[0].pool.questions.removeLast()
    #expect(throws: GradingError.unknownQuestion(questionID: "frog", quizID: "quiz")) {
      try Regrader.regrade([try Self.stored(original, 1, Self.firstResponses)], against: withoutFrog)
    }
  }
}
