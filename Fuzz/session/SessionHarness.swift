import FuzzSupport
import VigilBase
import VigilCourse
import VigilGrading
import VigilSession

#if canImport(Glibc)
  import Glibc
#endif

/// Runs one fuzz input the way `vigil take` feeds a session: each line of the input (split at line
/// feeds, invalid UTF-8 repaired, as the terminal adapter passes it) handled at a time that moves
/// forward, the engine's part played faithfully (an attempt started when asked), and every screen
/// rendered at three widths in both styles.
///
/// Beyond "no trap, no hang", it checks what the session promises: a rendered screen is never empty,
/// a plain screen carries no escape byte, and no line but a web address's is wider than the width.
struct SessionHarness {
  /// Whether to print what each input does (`VIGIL_FUZZ_PRINT=1`).
  let printsOutcome = getenv("VIGIL_FUZZ_PRINT").map { String(cString: $0) } == "1"

  func run(_ input: UnsafeBufferPointer<UInt8>) {
    let quiz = FuzzQuiz.make()
    var session = Session(context: SessionContext(course: Self.course(quiz), quiz: quiz, learnerName: "Łukasz Wróbel"))
    var now = Timestamp(secondsSinceEpoch: 1_800_000_000)
    var attempts = 0
    for line in String(decoding: input, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).prefix(200) {
      now = now.adding(seconds: 7)
      var effects = session.handle(String(line), at: now)
      while let start = effects.firstIndex(where: { if case .startAttempt = $0 { true } else { false } }) {
        guard case .startAttempt(let number) = effects[start] else { break }
        attempts += 1
        guard number == attempts, let realised = try? QuizAssembler.assemble(quiz: quiz, seed: UInt64(number)) else {
          abort()
        }
        effects = session.attemptStarted(
          AttemptRecord(attemptNumber: number, startedAt: now, attempt: realised),
          deadline: session.context.timeLimitSeconds.map { now.adding(seconds: $0) }, at: now)
      }
      for width in [20, 40, 80] {
        check(session.render(width: width, style: .plain), width: width, plain: true)
        check(session.render(width: width, style: .colour), width: width, plain: false)
      }
      if printsOutcome { print("\(line.prefix(40).debugDescription) -> \(session.screen)") }
    }
  }

  private func check(_ screen: String, width: Int, plain: Bool) {
    guard !screen.isEmpty else { abort() }
    if plain {
      guard !screen.utf8.contains(0x1B) else { abort() }
      // A web address is never broken (it is copied whole), so only its line may be wider.
      for line in screen.split(separator: "\n") where DisplayWidth.of(line) > width && !line.contains("://") {
        if printsOutcome {
          print("wider than \(width): \(line.debugDescription)")
          fflush(nil)
        }
        abort()
      }
    }
  }

  /// A two-lesson course around the fuzz quiz, with every text block and an optional evaluation.
  static func course(_ quiz: Quiz) -> Course {
    let day = CalendarDate(year: 2026, month: 1, day: 1)
    var course = Course(
      id: "fuzz", version: "1.0.0", language: "en", title: "Fuzz course", summary: "A course for the fuzzer.",
      released: day, expires: day.adding(days: 800), provider: Provider(name: "Fuzz Provider"),
      objectives: [Objective(id: "o1", text: "Survive any input.")],
      disclosures: [Disclosure(kind: "conflict-of-interest", text: "None.")],
      lessons: [
        Lesson(
          id: "l1", title: "One", minutes: 5,
          blocks: [
            .section(heading: "Heading", content: [.paragraph(String(repeating: "Words wrap here. ", count: 40))]),
            .warningSigns(category: .physical, signs: ["A sign", "王芳 أحمد"]),
          ]),
        Lesson(id: "l2", title: "Two", minutes: 5, blocks: [.section(heading: "H", content: [.list(items: ["a", "b"], isNumbered: true)])]),
      ],
      quizzes: [quiz],
      evaluation: [
        EvaluationQuestion(id: "e1", kind: .rating, prompt: "Rate it."),
        EvaluationQuestion(id: "e2", kind: .text, prompt: "Comments?", isRequired: false),
      ])
    course.quizMinutes = [quiz.id: 5]
    return course
  }
}
