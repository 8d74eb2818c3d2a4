import Testing
import VigilGrading

@Suite("Quiz assembly from a seed")
struct QuizAssemblerTests {
  /// Expected attempts computed by an independent Python 3 replica of the documented algorithm
  /// (SplitMix64, Lemire bounded draws, Fisher–Yates, partial Fisher–Yates selection).
  @Test func goldenAttemptForSeed42() throws {
    let attempt = try QuizAssembler.assemble(quiz: Fixtures.goldenQuiz, seed: 42)
    #expect(
      attempt
        == RealisedAttempt(
          quizID: "golden", seed: 42,
          questions: [
            PresentedQuestion(
              questionID: "q4", sectionID: "s1", stemOrder: ["s2", "s1", "s3"], targetOrder: ["t1", "t3", "t2", "t4"]),
            PresentedQuestion(questionID: "q1", sectionID: "s1", choiceOrder: ["b", "c", "a", "d"]),
            PresentedQuestion(questionID: "q3", sectionID: "s1"),
            PresentedQuestion(questionID: "q2", sectionID: "s1", choiceOrder: ["d", "a", "b", "e", "c"]),
            PresentedQuestion(questionID: "q6", sectionID: "s2"),
            PresentedQuestion(questionID: "q7", sectionID: "s2"),
            PresentedQuestion(questionID: "q8", sectionID: "s2", itemOrder: ["j2", "j1"]),
          ]))
  }

  @Test func goldenAttemptForSeed7() throws {
    let attempt = try QuizAssembler.assemble(quiz: Fixtures.goldenQuiz, seed: 7)
    #expect(attempt.questions.map(\.questionID) == ["q5", "q1", "q3", "q2", "q6", "q7", "q8"])
    #expect(attempt.questions[0].itemOrder == ["i3", "i4", "i2", "i1"])
    #expect(attempt.questions[3].choiceOrder == ["e", "b", "c", "d", "a"])
  }

  /// A fixed question is always selected and the shuffle leaves it where author order puts it among
  /// the selected questions: after whichever of q1 and q2 were drawn.
  @Test func fixedQuestionsAndChoicesKeepTheirPlaces() throws {
    for seed in UInt64(0)..<200 {
      let attempt = try QuizAssembler.assemble(quiz: Fixtures.goldenQuiz, seed: seed)
      let ids = attempt.questions.map(\.questionID)
      let drawnBefore = ids.count { $0 == "q1" || $0 == "q2" }
      #expect(ids.firstIndex(of: "q3") == drawnBefore)
      #expect(attempt.presented("q1").map { $0.choiceOrder.last == "d" } ?? true)
      #expect(attempt.questions.suffix(3).map(\.questionID) == ["q6", "q7", "q8"])
    }
  }

  @Test func orderingNeverShowsTheCorrectOrder() throws {
    for seed in UInt64(0)..<300 {
      let attempt = try QuizAssembler.assemble(quiz: Fixtures.goldenQuiz, seed: seed)
      #expect(attempt.presented("q8")?.itemOrder == ["j2", "j1"])
      if let items = attempt.presented("q5")?.itemOrder {
        #expect(items != ["i1", "i2", "i3", "i4"])
        #expect(items.sorted() == ["i1", "i2", "i3", "i4"])
      }
    }
  }

  @Test func unshuffledQuestionsKeepAuthorOrder() throws {
    var question = Fixtures.single([(true, nil), (false, nil), (false, nil)])
    question.shufflesChoices = false
    let quiz = Quiz(
      id: "z", title: "z", sections: [QuizSection(id: "s", pool: QuestionPool(id: "p", questions: [question]))],
      policy: AttemptPolicy(passPercent: 50))
    #expect(try QuizAssembler.assemble(quiz: quiz, seed: 1).questions[0].choiceOrder == ["a", "b", "c"])
  }

  @Test func badSelectionsAreErrors() {
    func quiz(select: Int?, sections: Int = 1) -> Quiz {
      var golden = Fixtures.goldenQuiz
      golden.sections[0].selectCount = select
      if sections == 2 { golden.sections[1].pool = golden.sections[0].pool }
      return golden
    }
    #expect(throws: GradingError.selectionTooLarge(sectionID: "s1", select: 6, available: 5)) {
      try QuizAssembler.assemble(quiz: quiz(select: 6), seed: 0)
    }
    #expect(throws: GradingError.selectionBelowFixed(sectionID: "s1", select: 0, fixed: 1)) {
      try QuizAssembler.assemble(quiz: quiz(select: 0), seed: 0)
    }
    #expect(throws: GradingError.questionRepeated(questionID: "q1", quizID: "golden")) {
      try QuizAssembler.assemble(quiz: quiz(select: 2, sections: 2), seed: 0)
    }
    #expect(throws: Never.self) { try QuizAssembler.assemble(quiz: quiz(select: 1), seed: 0) }
  }
}
