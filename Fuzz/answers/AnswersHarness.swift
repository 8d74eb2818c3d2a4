import FuzzSupport
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

  /// Runs one input.
  func run(_ input: UnsafeBufferPointer<UInt8>) {
    let line = String(decoding: input, as: UTF8.self)
    let quiz = FuzzQuiz.make()
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
