import VigilGrading

#if canImport(Glibc)
  import Glibc
#endif

/// Runs one fuzz input the way `vigil take` reads a typed answer: the bytes as one line (as the
/// terminal adapter passes it, invalid UTF-8 repaired) parsed by ``ResponseParser`` for a question of
/// every kind, in the order a seeded attempt presents it, then graded.
///
/// Beyond "no trap, no hang", it checks what the parser promises: a line it reads grades to a fraction
/// in [0, 1] or the question's minimum, and a line it refuses gets a message that says what to type.
struct AnswersHarness {
  /// Whether to print what each input does (`VIGIL_FUZZ_PRINT=1`).
  let printsOutcome = getenv("VIGIL_FUZZ_PRINT").map { String(cString: $0) } == "1"

  /// One question of every kind, as a seeded attempt presents them.
  static func makeQuiz() -> Quiz {
    let choices = ["a", "b", "c", "d"].map { Choice(id: $0, text: $0, isCorrect: $0 < "c", weight: $0 == "d" ? -0.5 : nil) }
    let questions = [
      Question(id: "q1", prompt: "one", kind: .singleChoice(choices)),
      Question(id: "q2", prompt: "several", kind: .multipleResponse(choices, scheme: .rightMinusWrong)),
      Question(id: "q3", prompt: "true?", kind: .trueFalse(answer: true)),
      Question(
        id: "q4", prompt: "match",
        kind: .matching(
          stems: ["s1", "s2"].map { MatchStem(id: $0, text: $0, targetID: "t" + $0.dropFirst()) },
          targets: ["t1", "t2", "t3"].map { MatchTarget(id: $0, text: $0) })),
      Question(
        id: "q5", prompt: "order",
        kind: .ordering(items: ["i1", "i2", "i3"].map { OrderItem(id: $0, text: $0) }, scoring: .adjacentPairs)),
      Question(
        id: "q6", prompt: "text",
        kind: .shortText(answers: [TextAnswer(pattern: "fr*g", fraction: 1), TextAnswer(pattern: "*", fraction: 0)],
          isCaseSensitive: false)),
      Question(id: "q7", prompt: "number", kind: .numeric(answers: [NumericAnswer(value: 7, tolerance: 0.5)])),
    ]
    return Quiz(
      id: "fuzz", title: "Fuzz", sections: [QuizSection(id: "s", pool: QuestionPool(id: "p", questions: questions))],
      policy: AttemptPolicy(passPercent: 70))
  }

  /// Runs one input.
  func run(_ input: UnsafeBufferPointer<UInt8>) {
    let line = String(decoding: input, as: UTF8.self)
    let quiz = Self.makeQuiz()
    guard let attempt = try? QuizAssembler.assemble(quiz: quiz, seed: 42) else { abort() }
    let questions = quiz.sections.flatMap(\.pool.questions)
    for presented in attempt.questions {
      guard let question = questions.first(where: { $0.id == presented.questionID }) else { abort() }
      do {
        let response = try ResponseParser.parse(line, for: question, as: presented)
        let grade = try question.grade(response)
        let range = question.fractionRange
        // The grade of anything the parser reads lies within the question's own range.
        guard grade.finalFraction >= range.minimum - 1e-9, grade.finalFraction <= range.maximum + 1e-9 else {
          print("fraction \(grade.finalFraction) outside \(range) for \(question.id)")
          abort()
        }
        if printsOutcome { print("\(question.id): read \(response), fraction \(grade.finalFraction)") }
      } catch {
        // A refusal says what to type.
        guard !error.description.isEmpty else { abort() }
        if printsOutcome { print("\(question.id): refused: \(error)") }
      }
    }
  }
}
