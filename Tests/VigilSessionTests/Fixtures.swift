import VigilBase
import VigilCourse
import VigilGrading

@testable import VigilSession

/// Small hand-made courses and helpers for driving a session.
enum Fixtures {
  static let start = Timestamp(secondsSinceEpoch: 1_800_000_000)

  static func at(_ seconds: Int) -> Timestamp { start.adding(seconds: seconds) }

  static let questions: [Question] = [
    Question(
      id: "q1", prompt: "Which finding is most concerning?",
      kind: .singleChoice([
        Choice(
          id: "c1", text: "A companion answers every question", isCorrect: true, feedback: "Yes: control is a sign."),
        Choice(id: "c2", text: "A sprained ankle"),
        Choice(id: "c3", text: "A request for water"),
      ]), feedback: "Control by a companion is a key indicator.", shufflesChoices: false),
    Question(
      id: "q2", prompt: "Select every sign of labour trafficking.",
      kind: .multipleResponse(
        [
          Choice(id: "m1", text: "Debt to an employer", isCorrect: true),
          Choice(id: "m2", text: "Paid holidays"),
          Choice(id: "m3", text: "Employer holds the passport", isCorrect: true),
        ], scheme: .allOrNothing), shufflesChoices: false),
    Question(id: "q3", prompt: "Mandatory reporting applies to every adult patient.", kind: .trueFalse(answer: false)),
  ]

  static func quiz(maxAttempts: Int? = 2, timeLimit: Int? = nil, method: GradingMethod = .highest) -> Quiz {
    Quiz(
      id: "final", title: "Final quiz",
      sections: [QuizSection(id: "s", pool: QuestionPool(id: "p", questions: questions), shufflesQuestions: false)],
      policy: AttemptPolicy(
        passPercent: 60, maxAttempts: maxAttempts, gradingMethod: method, timeLimitSeconds: timeLimit))
  }

  static func course(
    title: String = "Recognising trafficking", learner: String = "José Núñez", quiz: Quiz = quiz(),
    longLesson: Bool = false
  ) -> Course {
    let paragraphs = (1...(longLesson ? 12 : 1)).map {
      TextBlock.paragraph(
        "Paragraph \($0) of the lesson explains what a nurse may notice and how to respond safely, with the patient's consent and safety first."
      )
    }
    var course = Course(
      id: "tiny", version: "1.0.0", language: "en", title: title, summary: "A short course.",
      released: CalendarDate(year: 2026, month: 1, day: 1), expires: CalendarDate(year: 2028, month: 1, day: 1),
      provider: Provider(name: "Clinic Learning", web: "https://example.org"),
      approvals: [
        Approval(
          id: "a1", approver: "ANCC", number: "EX-1", isExample: true, hundredthsOfHour: 100, statement: "Sample.",
          validFrom: CalendarDate(year: 2026, month: 1, day: 1), validUntil: CalendarDate(year: 2028, month: 1, day: 1))
      ],
      objectives: [Objective(id: "o1", text: "Recognise the signs.")],
      disclosures: [Disclosure(kind: "conflict-of-interest", text: "No one has a conflict of interest.")],
      lessons: [
        Lesson(
          id: "l1", title: "Signs", minutes: 10,
          blocks: [
            .section(heading: "Overview", content: paragraphs),
            .warningSigns(category: .physical, signs: ["Untreated injuries"]),
          ]),
        Lesson(
          id: "l2", title: "Responding", minutes: 5,
          blocks: [.section(heading: "Safety", content: [.paragraph("See the patient alone.")])]),
      ],
      quizzes: [quiz],
      evaluation: [
        EvaluationQuestion(id: "e1", kind: .rating, prompt: "The course met its objectives."),
        EvaluationQuestion(id: "e2", kind: .text, prompt: "Any comments?", isRequired: false),
      ],
      references: [
        Reference(
          citation: "HHS ACF. Adult Human Trafficking Screening Tool and Guide. 2018.", web: "https://www.acf.hhs.gov/otip",
          checked: CalendarDate(year: 2026, month: 12, day: 1))
      ])
    course.quizMinutes = ["final": 5]
    return course
  }

  static func context(
    quiz: Quiz = quiz(), learner: String = "José Núñez", extra: Int = 0, hide: Bool = false, changed: Bool = false,
    longLesson: Bool = false, title: String = "Recognising trafficking"
  ) -> SessionContext {
    SessionContext(
      course: course(title: title, quiz: quiz, longLesson: longLesson), quiz: quiz, learnerName: learner,
      credits: [CreditLine(board: "Texas BON", hoursText: "1.0", countsToward: ["the human-trafficking requirement"])],
      extraTimeSeconds: extra, hidesCountdown: hide, courseChanged: changed,
      resumeCommand: "vigil take tiny --license TX-BON:RN:123")
  }

  static func record(number: Int, at time: Timestamp, quiz: Quiz = quiz()) -> AttemptRecord {
    // Nothing shuffles in the small quiz, so any seed gives author order.
    let realised =
      (try? QuizAssembler.assemble(quiz: quiz, seed: UInt64(number)))
      ?? RealisedAttempt(quizID: quiz.id, seed: 0, questions: [])
    return AttemptRecord(attemptNumber: number, startedAt: time, attempt: realised)
  }
}

/// A session driven by lines, performing the effects the way the engine does, so the ledger's
/// contents can be handed to a restore.
struct Driver {
  var session: Session
  var effects: [SessionEffect] = []
  var clock = 0
  var ledger = SessionHistory()

  init(_ context: SessionContext) { session = Session(context: context) }

  /// Types `line` `seconds` after the previous input and returns its effects.
  @discardableResult
  mutating func type(_ line: String, after seconds: Int = 10) -> [SessionEffect] {
    clock += seconds
    var result = session.handle(line, at: Fixtures.at(clock))
    var index = 0
    while index < result.count {
      perform(result[index])
      if case .startAttempt(let number) = result[index] {
        let record = Fixtures.record(number: number, at: Fixtures.at(clock), quiz: session.context.quiz)
        // As the engine does: start + the limit + the learner's extra time, stored with the attempt.
        let deadline = session.context.timeLimitSeconds.map { Fixtures.at(clock).adding(seconds: $0) }
        ledger.attempts.append(RecordedAttempt(record: record, deadline: deadline))
        result += session.attemptStarted(record, deadline: deadline, at: Fixtures.at(clock))
      }
      index += 1
    }
    effects += result
    return result
  }

  /// Stores an effect the way the ledger would.
  mutating func perform(_ effect: SessionEffect) {
    switch effect {
    case .recordStep(let step): ledger.steps.append(step)
    case .saveBookmark(let mark): ledger.bookmark = mark
    case .saveResponse(let answer):
      if let index = ledger.attempts.firstIndex(where: { $0.record.attemptNumber == answer.attemptNumber }) {
        ledger.attempts[index].record.responses.append(
          SavedResponse(questionID: answer.questionID, response: answer.response, savedAt: answer.savedAt))
      }
    case .submit(let grade):
      if let index = ledger.attempts.firstIndex(where: { $0.record.attemptNumber == grade.attemptNumber }) {
        ledger.attempts[index].grade = grade
      }
    case .complete: ledger.isCompleted = true
    case .startAttempt, .quit: break
    }
  }

  /// Types every line in turn.
  mutating func type(_ lines: [String], after seconds: Int = 10) {
    for line in lines { type(line, after: seconds) }
  }

  /// The screen's logical lines (label and text) before wrapping, one per line.
  var logical: String {
    session.screenText.lines.map { $0.label.isEmpty ? $0.text : $0.label + " " + $0.text }.joined(separator: "\n")
  }

  /// The text a plain 80-column terminal shows.
  var text: String { session.render(width: 80, style: .plain) }

  /// A session rebuilt from the ledger, resumed `seconds` later.
  func restored(after seconds: Int = 60, context: SessionContext? = nil) -> (Session, [SessionEffect]) {
    var session = Session(context: context ?? self.session.context, history: ledger)
    let effects = session.resume(at: Fixtures.at(clock + seconds))
    return (session, effects)
  }
}
