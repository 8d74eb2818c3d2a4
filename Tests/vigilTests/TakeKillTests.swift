import Foundation
import Testing
import VigilLedger
import VigilTestSupport

/// `kill -9` at 20 points of a session (the registration, the intro, lesson pages, a question shown,
/// right after an answer is saved, a flag, a changed answer, the submit screen, the review, the result,
/// the evaluation): after each kill the ledger verifies and holds every answer the session confirmed,
/// and the next run resumes at the same screen with the same question.
@Suite(.timeLimit(.minutes(2))) struct TakeKillTests {
  /// A line to type, the text of the screen it leads to, and where a run started after a kill there
  /// resumes (the same screen unless said otherwise).
  struct Step {
    var input: [String]
    var screen: String
    var resumesAt: String?
    /// Answers this step saves (a changed answer is a new revision, so it counts too).
    var saves = 0
    /// Evaluation answers this step saves.
    var evaluates = 0
  }

  static let steps: [Step] = [
    Step(input: [], screen: "Your full name"),
    Step(input: TakeCourse.registration.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init),
      screen: "confirm you have read the disclosures"),
    Step(input: [""], screen: "Lesson 1 of 2, page 1 of 2"),
    Step(input: [""], screen: "Lesson 1 of 2, page 2 of 2"),
    Step(input: ["back"], screen: "Lesson 1 of 2, page 1 of 2"),
    Step(input: ["", ""], screen: "Lesson 2 of 2, page 1 of 2"),
    Step(input: [""], screen: "Lesson 2 of 2, page 2 of 2"),
    Step(input: [""], screen: "Press Enter to start attempt 1"),
    Step(input: [""], screen: "Question 1 of 4"),
    Step(input: ["t"], screen: "Question 2 of 4", saves: 1),
    Step(input: ["flag"], screen: "flagged for review", resumesAt: "Question 2 of 4"),
    Step(input: ["f"], screen: "Question 3 of 4", saves: 1),
    Step(input: ["back"], screen: "Question 2 of 4"),
    Step(input: ["t"], screen: "Question 3 of 4", saves: 1),
    Step(input: ["t"], screen: "Question 4 of 4", saves: 1),
    Step(input: ["t"], screen: "Type submit to confirm", saves: 1),
    Step(input: ["review"], screen: "Review: 4 of 4 answered", resumesAt: "Type submit to confirm"),
    Step(input: ["submit"], screen: "Result of attempt 1"),
    Step(input: [""], screen: "Evaluation question 1 of 2"),
    Step(input: ["4"], screen: "Evaluation question 2 of 2", evaluates: 1),
  ]

  @Test func everyConfirmedAnswerSurvivesAKillAndTheRunResumesThere() throws {
    #expect(Self.steps.count == 20)
    let course = try TakeCourse.make(lessons: 2, questions: 4, textEvaluation: true)
    let home = TemporaryDirectory()
    func start() throws -> LiveProcess {
      try LiveProcess(
        try #require(CommandRunner.vigilPath),
        ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards")],
        environment: ["COLUMNS": "80"])
    }
    var (saved, evaluated) = (0, 0)
    var session = try start()
    for (point, step) in Self.steps.enumerated() {
      for line in step.input { session.send(line) }
      let screen = try session.wait(for: step.screen)
      saved += step.saves
      evaluated += step.evaluates
      session.kill()
      #expect(session.process.terminationReason == .uncaughtSignal)

      let verify = try CommandRunner.vigil(["ledger", "verify", "--home", home.path])
      #expect(point == 0 || verify.status == 0, "kill \(point + 1) (\(step.screen)): \(verify.output)\(verify.error)")
      if point > 0 {
        let ledger = try Ledger(path: home.appending("ledger.sqlite"), mode: .readOnly)
        let attempts = try ledger.attempts(learnerID: 1, courseID: "sample-minimal", quizID: "quiz-1", enrolment: 1)
        #expect(attempts.map(\.record.responses.count).reduce(0, +) == saved, "kill \(point + 1): \(step.screen)")
        let steps = try ledger.sessionSteps(in: SessionPlace(learnerID: 1, courseID: "sample-minimal", enrolment: 1))
        let evaluations = steps.filter { if case .evaluationAnswered = $0.step { true } else { false } }
        #expect(evaluations.count == evaluated, "kill \(point + 1): \(step.screen)")
      }

      session = try start()
      let resumed = try session.wait(for: step.resumesAt ?? step.screen)
      if point > 1 { #expect(resumed.contains("Resuming"), "kill \(point + 1): \(resumed)") }
      if let question = Self.statement(in: screen) {
        #expect(Self.statement(in: resumed) == question, "kill \(point + 1): the same question after the resume")
      }
    }
    session.send("more cases")
    #expect(try session.wait(for: "Course complete").contains("Well done, Ana Díaz."))
    session.send("")
    #expect(session.finish().contains("Your completion is saved."))
    #expect(try CommandRunner.vigil(["ledger", "verify", "--home", home.path]).status == 0)
  }

  /// The question's prompt on a question screen ("Statement 3 is true."), nil on other screens.
  static func statement(in screen: String) -> String? {
    guard let question = screen.range(of: "Question ", options: .backwards),
      let start = screen.range(of: "Statement ", range: question.upperBound..<screen.endIndex),
      let end = screen.range(of: " is true.", range: start.upperBound..<screen.endIndex)
    else { return nil }
    return String(screen[start.lowerBound..<end.upperBound])
  }
}
