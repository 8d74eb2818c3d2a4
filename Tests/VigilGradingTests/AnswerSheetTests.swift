import Testing
import VigilGrading

/// `AnswerSheet`: what `vigil grade` grades, with and without a seed, and how it reports problems.
@Suite struct AnswerSheetTests {
  /// Ten one-point single choices q1…q10 (a right, b wrong); an attempt draws 3; pass at 70 %.
  static let quiz: Quiz = {
    let questions = (1...10).map { Fixtures.single([(true, nil), (false, nil)], id: "q\($0)") }
    return Quiz(
      id: "ten", title: "Ten",
      sections: [QuizSection(id: "s", pool: QuestionPool(id: "p", questions: questions), selectCount: 3)],
      policy: AttemptPolicy(passPercent: 70))
  }()

  private func answers(_ pairs: [(String, String)]) -> AnswerSheet {
    AnswerSheet(answers: pairs.map { AnswerSheet.Answer(source: "$.\($0.0)", questionID: $0.0, typed: $0.1) })
  }

  private func graded(_ outcome: AnswerSheet.Outcome) throws -> AnswerSheet.Graded {
    guard case .graded(let graded) = outcome else {
      Issue.record("expected a grade, got \(outcome)")
      throw CancellationError()
    }
    return graded
  }

  private func problems(_ outcome: AnswerSheet.Outcome) throws -> (listed: [AnswerSheet.Problem], omitted: Int) {
    guard case .problems(let listed, let omitted) = outcome else {
      Issue.record("expected problems, got \(outcome)")
      throw CancellationError()
    }
    return (listed, omitted)
  }

  /// Issue 7: one right answer once graded as a one-question attempt, "100 %, passed". Without a seed
  /// all ten questions count: 1 of 10 points = 10 %, not passed, nine listed as unanswered.
  @Test func withoutSeedEveryQuestionOfThePoolCounts() throws {
    let graded = try graded(answers([("q4", "a")]).grade(against: Self.quiz, seed: nil))
    #expect(graded.coverage == .allQuestions(count: 10, drawnPerAttempt: 3))
    #expect(graded.attempt.questions.map(\.questionID) == (1...10).map { "q\($0)" })
    #expect(graded.grade.points == 1)
    #expect(graded.grade.maxPoints == 10)
    #expect(graded.grade.percentage == 10)
    #expect(!graded.grade.passed)
    #expect(graded.unansweredIDs == ["q1", "q2", "q3", "q5", "q6", "q7", "q8", "q9", "q10"])
  }

  @Test func withSeedTheDrawnQuestionsCount() throws {
    let attempt = try QuizAssembler.assemble(quiz: Self.quiz, seed: 7)
    let drawn = attempt.questions.map(\.questionID)
    // Letters follow the shuffled display order: type the label that choice a (the right one) shows under.
    let shownAt = try #require(attempt.questions[1].choiceOrder.firstIndex(of: "a"))
    let graded = try graded(answers([(drawn[1], DisplayLabel.letter(at: shownAt))]).grade(against: Self.quiz, seed: 7))
    #expect(graded.coverage == .drawn(seed: 7))
    #expect(graded.attempt.questions.map(\.questionID) == drawn)
    #expect(graded.grade.maxPoints == 3)
    #expect(graded.grade.points == 1)
    #expect(graded.unansweredIDs == [drawn[0], drawn[2]])
  }

  /// A question in two sections' pools is graded once.
  @Test func aQuestionInTwoPoolsCountsOnce() throws {
    var quiz = Self.quiz
    quiz.sections.append(QuizSection(id: "again", pool: quiz.sections[0].pool, selectCount: 1))
    let graded = try graded(answers([]).grade(against: quiz, seed: nil))
    #expect(graded.coverage == .allQuestions(count: 10, drawnPerAttempt: 4))
    #expect(graded.grade.maxPoints == 10)
  }

  /// Problems follow the quiz's author order (the command no longer sorts); unknown ids come last as written.
  @Test func problemsComeInAuthorOrder() throws {
    let sheet = answers([("zz", "a"), ("q9", "z"), ("q2", "z"), ("yy", "a")])
    let listed = try problems(sheet.grade(against: Self.quiz, seed: nil)).listed
    #expect(listed.map(\.source) == ["$.q2", "$.q9", "$.zz", "$.yy"])
    #expect(listed[0].message.hasPrefix("there is no choice z; choose "))
    #expect(listed[2].message == "quiz 'ten' has no question 'zz'")
  }

  @Test func problemsAreCappedWithACountOfTheRest() throws {
    let sheet = answers((0..<25).map { ("x\($0)", "a") })
    let (listed, omitted) = try problems(sheet.grade(against: Self.quiz, seed: nil))
    #expect(listed.count == AnswerSheet.problemLimit)
    #expect(AnswerSheet.problemLimit == 20)
    #expect(listed.last?.source == "$.x19")
    #expect(omitted == 5)
  }

  @Test func aQuestionAnsweredTwiceIsAProblem() throws {
    let listed = try problems(answers([("q1", "a"), ("q1", "b")]).grade(against: Self.quiz, seed: nil)).listed
    #expect(listed.count == 1)
    #expect(listed.first?.message == "question 'q1' is answered more than once; keep one answer")
  }

  @Test func responsesFileProblemsCarryTheirPosition() throws {
    let bytes = Array("{\"q1\": \"a\",\n  \"q1\": \"b\"}".utf8)
    let listed = try problems(AnswerSheet.grade(responses: bytes, against: Self.quiz, seed: nil)).listed
    #expect(listed.count == 1)
    #expect(listed.first?.position == TextPosition(line: 2, column: 3))
    #expect(listed.first?.description == "2:3: $.q1: $.q1 is given twice (first at 1:2); keep one answer per question")
  }

  @Test func responsesFileAnswersAreGradedWithTheirPositions() throws {
    let bytes = Array("{\"q1\": \"a\", \"q2\": 2, \"q3\": \"c\"}".utf8)
    let listed = try problems(AnswerSheet.grade(responses: bytes, against: Self.quiz, seed: nil)).listed
    #expect(listed.map(\.source) == ["$.q3"])
    #expect(listed.first?.position == TextPosition(line: 1, column: 28))
    let good = Array("{\"q1\": \"a\", \"q2\": 2}".utf8)
    let graded = try graded(AnswerSheet.grade(responses: good, against: Self.quiz, seed: nil))
    #expect(graded.grade.points == 1)
    #expect(graded.unansweredIDs.count == 8)
  }
}
