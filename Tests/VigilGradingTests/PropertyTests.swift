import PropertyBased
import Testing
import VigilGrading

@Suite("Properties")
struct PropertyTests {
  @Test func finalFractionStaysWithinTheQuestionsRange() async {
    await propertyCheck(count: 500, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      var random = RandomQuiz(seed: seed)
      let question = random.question(id: "q")
      let range = question.fractionRange
      for _ in 0..<20 {
        let grade = try question.grade(random.response(to: question))
        #expect(grade.finalFraction >= range.minimum && grade.finalFraction <= 1, "seed \(seed)")
        #expect(grade.finalFraction <= range.maximum, "seed \(seed)")
        #expect(grade.state == GradeState(fraction: grade.finalFraction))
      }
    }
  }

  @Test func multipleResponseIgnoresTickOrderAndRepeats() async {
    let weights = Gen.int(in: -8...8).array(of: 6)
    let correct = Gen.bool.array(of: 6)
    let ticks = Gen.int(in: 0...5).array(of: 0...10)
    await propertyCheck(input: weights, correct, ticks, Gen<MultipleResponseScheme>.case) {
      weights, correct, ticks, scheme in
      let question = Fixtures.multiple(correct: correct, scheme: scheme, weights: weights.map { Double($0) / 8 })
      let ids = ticks.map { DisplayLabel.letter(at: $0) }
      let reference = try question.grade(.choices(ids: ids)).finalFraction
      #expect(try question.grade(.choices(ids: ids.reversed())).finalFraction == reference)
      #expect(try question.grade(.choices(ids: ids.sorted() + ids.prefix(3))).finalFraction == reference)
      #expect(try question.grade(.choices(ids: Array(Set(ids)))).finalFraction == reference)
    }
  }

  @Test func sameSeedGivesTheSameAttempt() async {
    await propertyCheck(input: Gen.uint64(in: 0...UInt64.max), Gen.uint64(in: 0...UInt64.max)) { quizSeed, seed in
      var random = RandomQuiz(seed: quizSeed)
      let quiz = random.quiz()
      let first = try QuizAssembler.assemble(quiz: quiz, seed: seed)
      #expect(try QuizAssembler.assemble(quiz: quiz, seed: seed) == first)
      var again = RandomQuiz(seed: quizSeed)
      #expect(try QuizAssembler.assemble(quiz: again.quiz(), seed: seed) == first)
    }
  }

  @Test func assembledAttemptsDrawWhatEachSectionAsksAndShowEveryPartOnce() async {
    await propertyCheck(count: 300, input: Gen.uint64(in: 0...UInt64.max), Gen.uint64(in: 0...UInt64.max)) {
      quizSeed, seed in
      var random = RandomQuiz(seed: quizSeed)
      let quiz = random.quiz()
      let attempt = try QuizAssembler.assemble(quiz: quiz, seed: seed)
      #expect(Set(attempt.questions.map(\.questionID)).count == attempt.questions.count)
      for section in quiz.sections {
        let pool = section.pool.questions
        let drawn = attempt.questions.filter { $0.sectionID == section.id }.map(\.questionID)
        #expect(drawn.count == (section.selectCount ?? pool.count))
        #expect(Set(drawn).isSubset(of: pool.map(\.id)))
        #expect(Set(pool.filter(\.isFixed).map(\.id)).isSubset(of: drawn))
      }
      for presented in attempt.questions {
        let question = try #require(quiz.sections.flatMap(\.pool.questions).first { $0.id == presented.questionID })
        Self.checkDisplayOrder(presented, of: question)
      }
    }
  }

  /// Every choice, stem, target and item is shown exactly once; fixed choices keep their places.
  static func checkDisplayOrder(_ presented: PresentedQuestion, of question: Question) {
    switch question.kind {
    case .singleChoice(let choices), .multipleResponse(let choices, _):
      #expect(presented.choiceOrder.sorted() == choices.map(\.id).sorted())
      for (index, choice) in choices.enumerated() where choice.isFixed {
        #expect(presented.choiceOrder[index] == choice.id)
      }
    case .matching(let stems, let targets):
      #expect(presented.stemOrder.sorted() == stems.map(\.id).sorted())
      #expect(presented.targetOrder.sorted() == targets.map(\.id).sorted())
    case .ordering(let items, _):
      #expect(presented.itemOrder.sorted() == items.map(\.id).sorted())
      if items.count > 1 { #expect(presented.itemOrder != items.map(\.id)) }
    case .trueFalse, .shortText, .numeric:
      #expect(presented.choiceOrder.isEmpty && presented.itemOrder.isEmpty && presented.stemOrder.isEmpty)
    }
  }

  @Test func parserNeverCrashesOnHostileInput() async {
    // ASCII (controls included) most of the time, then any non-surrogate scalar up to the emoji.
    let hostile = Gen<Character>.frequency(
      (3, Gen.character(in: "\u{0}"..."\u{7F}")), (1, Gen.character(in: "\u{80}"..."\u{D7FF}")),
      (1, Gen.character(in: "\u{E000}"..."\u{1F9FF}")))
    await propertyCheck(count: 300, input: hostile.string(of: 0...40), Gen.uint64(in: 0...UInt64.max)) { input, seed in
      var random = RandomQuiz(seed: seed)
      let question = random.question(id: "q")
      let quiz = Quiz(
        id: "z", title: "z", sections: [QuizSection(id: "s", pool: QuestionPool(id: "p", questions: [question]))],
        policy: AttemptPolicy(passPercent: 50))
      let presented = try QuizAssembler.assemble(quiz: quiz, seed: seed).questions[0]
      do {
        let response = try ResponseParser.parse(input, for: question, as: presented)
        _ = try question.grade(response)
      } catch let error as GradingError {
        #expect(!error.description.isEmpty)
      }
    }
  }
}
