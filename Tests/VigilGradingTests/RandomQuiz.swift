import VigilGrading

/// Random but reproducible quizzes and questions for property tests, built from a seed with the
/// module's own generator so a failing case can be rebuilt from the seed PropertyBased reports.
struct RandomQuiz {
  private var generator: SplitMix64

  init(seed: UInt64) {
    generator = SplitMix64(seed: seed)
  }

  private mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + generator.nextIndex(below: range.count)
  }

  private mutating func bool() -> Bool { int(0...1) == 1 }

  /// A weight in [-1.5, 1.5] in steps of 0.125, or none.
  private mutating func weight() -> Double? {
    bool() ? Double(int(-12...12)) / 8 : nil
  }

  /// A question of a random kind with id `id`.
  mutating func question(id: String) -> Question {
    let count = int(1...7)
    let letters = (0..<count).map(DisplayLabel.letter(at:))
    let kind: QuestionKind
    switch int(0...6) {
    case 0, 1:
      var choices: [Choice] = []
      for letter in letters {
        choices.append(Choice(id: letter, text: letter, isCorrect: bool(), weight: weight(), isFixed: int(0...4) == 0))
      }
      kind =
        int(0...1) == 0
        ? .singleChoice(choices) : .multipleResponse(choices, scheme: MultipleResponseScheme.allCases[int(0...3)])
    case 2:
      kind = .trueFalse(answer: bool())
    case 3:
      let targets = (0..<(count + int(0...2))).map { MatchTarget(id: "t\($0)", text: "") }
      var stems: [MatchStem] = []
      for letter in letters {
        stems.append(MatchStem(id: "s" + letter, text: "", targetID: targets[int(0...(targets.count - 1))].id))
      }
      kind = .matching(stems: stems, targets: targets)
    case 4:
      kind = .ordering(
        items: letters.map { OrderItem(id: $0, text: $0) }, scoring: bool() ? .adjacentPairs : .allOrNothing)
    case 5:
      var answers: [TextAnswer] = []
      for letter in letters {
        answers.append(TextAnswer(pattern: bool() ? letter + "*" : letter, fraction: weight() ?? 1))
      }
      kind = .shortText(answers: answers, isCaseSensitive: bool())
    default:
      var answers: [NumericAnswer] = []
      for index in 0..<count {
        answers.append(NumericAnswer(value: Double(index), tolerance: 0.5, fraction: weight() ?? 1))
      }
      kind = .numeric(answers: answers)
    }
    return Question(
      id: id, points: Double(int(1...4)), prompt: id, kind: kind, shufflesChoices: int(0...3) > 0,
      isFixed: int(0...5) == 0)
  }

  /// A response that fits `question`, or `nil` for no answer.
  mutating func response(to question: Question) -> Response? {
    guard int(0...9) > 0 else { return nil }
    switch question.kind {
    case .singleChoice(let choices):
      return .choice(id: choices[int(0...(choices.count - 1))].id)
    case .multipleResponse(let choices, _):
      return .choices(ids: (0..<int(0...8)).map { _ in choices[int(0...(choices.count - 1))].id })
    case .trueFalse:
      return .trueFalse(answer: bool())
    case .matching(let stems, let targets):
      return .matches(
        pairs: stems.filter { _ in int(0...4) > 0 }.map { stem in
          MatchPair(stemID: stem.id, targetID: targets[int(0...(targets.count - 1))].id)
        })
    case .ordering(let items, _):
      var ids = items.map(\.id)
      generator.shuffle(&ids)
      return .order(ids: ids)
    case .shortText:
      return .text(answer: DisplayLabel.letter(at: int(0...8)) + (bool() ? "x" : ""))
    case .numeric:
      return .number(value: Double(int(-20...80)) / 8)
    }
  }

  /// A quiz of 1 to 3 sections with pools of 1 to 6 questions and valid select counts.
  mutating func quiz() -> Quiz {
    var sections: [QuizSection] = []
    for sectionIndex in 0..<int(1...3) {
      var questions: [Question] = []
      for questionIndex in 0..<int(1...6) {
        questions.append(question(id: "q\(sectionIndex)-\(questionIndex)"))
      }
      let fixed = questions.count(where: \.isFixed)
      let select: Int? = bool() ? nil : int(fixed...questions.count)
      sections.append(
        QuizSection(
          id: "s\(sectionIndex)", pool: QuestionPool(id: "p\(sectionIndex)", questions: questions),
          selectCount: select, shufflesQuestions: int(0...3) > 0))
    }
    return Quiz(id: "random", title: "Random", sections: sections, policy: AttemptPolicy(passPercent: 50))
  }
}
