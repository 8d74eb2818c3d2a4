import VigilGrading

/// Small builders for questions and quizzes used across the tests.
enum Fixtures {
  /// Choices with ids `a`, `b`, … from (isCorrect, weight) pairs.
  static func choices(_ specs: [(Bool, Double?)]) -> [Choice] {
    specs.enumerated().map { index, spec in
      let id = DisplayLabel.letter(at: index)
      return Choice(id: id, text: "Choice \(id)", isCorrect: spec.0, weight: spec.1, feedback: "feedback \(id)")
    }
  }

  static func single(_ specs: [(Bool, Double?)], id: String = "single", points: Double = 1) -> Question {
    Question(id: id, points: points, prompt: "Pick one", kind: .singleChoice(choices(specs)), feedback: "general")
  }

  /// A multiple-response question whose choices `a`, `b`, … are correct where `correct` says so.
  static func multiple(
    correct: [Bool], scheme: MultipleResponseScheme, weights: [Double?]? = nil, id: String = "multi", points: Double = 1
  ) -> Question {
    let weights = weights ?? correct.map { _ in nil }
    let kind = QuestionKind.multipleResponse(choices(Array(zip(correct, weights))), scheme: scheme)
    return Question(id: id, points: points, prompt: "Tick all that apply", kind: kind)
  }

  /// The IMS "composition of water" item in our partial scheme on a 2-point question:
  /// H = +0.5, O = +0.5, Cl = −0.5, every other choice −1.
  static let water = Question(
    id: "water", points: 2, prompt: "Which of the following elements are used to form water?",
    kind: .multipleResponse(
      [
        Choice(id: "H", text: "Hydrogen", isCorrect: true, weight: 0.5),
        Choice(id: "He", text: "Helium", weight: -1),
        Choice(id: "C", text: "Carbon", weight: -1),
        Choice(id: "O", text: "Oxygen", isCorrect: true, weight: 0.5),
        Choice(id: "N", text: "Nitrogen", weight: -1),
        Choice(id: "Cl", text: "Chlorine", weight: -0.5),
      ], scheme: .partial))

  /// Moodle's short-answer fixture: frog = 100 %, toad = 80 %, anything else (`*`) = 0.
  static let frog = Question(
    id: "frog", prompt: "Name an amphibian: __________",
    kind: .shortText(
      answers: [
        TextAnswer(pattern: "frog", fraction: 1, feedback: "Frog is a very good answer."),
        TextAnswer(pattern: "toad", fraction: 0.8, feedback: "Toad is an OK good answer."),
        TextAnswer(pattern: "*", fraction: 0, feedback: "That is a bad answer."),
      ], isCaseSensitive: false),
    feedback: "The answer is frog")

  static func text(_ answers: [TextAnswer], caseSensitive: Bool = false) -> Question {
    Question(id: "text", prompt: "Type", kind: .shortText(answers: answers, isCaseSensitive: caseSensitive))
  }

  static func numeric(_ answers: [NumericAnswer]) -> Question {
    Question(id: "number", prompt: "How many?", kind: .numeric(answers: answers))
  }

  /// Stems s1…s3 matching t1…t3, with the distractor t4.
  static let matching = Question(
    id: "match", prompt: "Match",
    kind: .matching(
      stems: [
        MatchStem(id: "s1", text: "one", targetID: "t1"),
        MatchStem(id: "s2", text: "two", targetID: "t2"),
        MatchStem(id: "s3", text: "three", targetID: "t3"),
      ],
      targets: ["t1", "t2", "t3", "t4"].map { MatchTarget(id: $0, text: "target \($0)") }))

  /// Items A, B, C, D in that (correct) order.
  static func ordering(_ scoring: OrderingScoring, items: [String] = ["A", "B", "C", "D"]) -> Question {
    Question(
      id: "order", prompt: "Put in order",
      kind: .ordering(items: items.map { OrderItem(id: $0, text: "item \($0)") }, scoring: scoring))
  }

  static let trueFalse = Question(id: "tf", prompt: "The sky is blue.", kind: .trueFalse(answer: true))

  /// The quiz pinned by the golden assembly test (and its Python cross-check).
  static let goldenQuiz = Quiz(
    id: "golden", title: "Golden",
    sections: [
      QuizSection(
        id: "s1",
        pool: QuestionPool(
          id: "p1",
          questions: [
            Question(
              id: "q1", prompt: "q1",
              kind: .singleChoice([
                Choice(id: "a", text: "a", isCorrect: true), Choice(id: "b", text: "b"),
                Choice(id: "c", text: "c"), Choice(id: "d", text: "None of the above", isFixed: true),
              ])),
            Question(
              id: "q2", prompt: "q2",
              kind: .multipleResponse(
                ["a", "b", "c", "d", "e"].map { Choice(id: $0, text: $0, isCorrect: $0 < "c") },
                scheme: .rightMinusWrong)),
            Question(id: "q3", prompt: "q3", kind: .trueFalse(answer: false), isFixed: true),
            Question(
              id: "q4", prompt: "q4",
              kind: .matching(
                stems: ["s1", "s2", "s3"].map { MatchStem(id: $0, text: $0, targetID: "t" + $0.dropFirst()) },
                targets: ["t1", "t2", "t3", "t4"].map { MatchTarget(id: $0, text: $0) })),
            Question(
              id: "q5", prompt: "q5",
              kind: .ordering(
                items: ["i1", "i2", "i3", "i4"].map { OrderItem(id: $0, text: $0) }, scoring: .adjacentPairs)),
          ]),
        selectCount: 4),
      QuizSection(
        id: "s2",
        pool: QuestionPool(
          id: "p2",
          questions: [
            Question(
              id: "q6", prompt: "q6",
              kind: .shortText(answers: [TextAnswer(pattern: "x", fraction: 1)], isCaseSensitive: false)),
            Question(id: "q7", prompt: "q7", kind: .numeric(answers: [NumericAnswer(value: 7)])),
            Question(
              id: "q8", prompt: "q8",
              kind: .ordering(
                items: [OrderItem(id: "j1", text: "j1"), OrderItem(id: "j2", text: "j2")], scoring: .allOrNothing)),
          ]),
        shufflesQuestions: false),
    ],
    policy: AttemptPolicy(passPercent: 70))
}

/// Whether two computed values agree up to binary rounding.
func approximatelyEqual(_ lhs: Double, _ rhs: Double, tolerance: Double = 1e-9) -> Bool {
  abs(lhs - rhs) <= tolerance
}
