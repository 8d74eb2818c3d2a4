import Foundation
import Testing
import VigilLedger
import VigilTestSupport

/// `vigil take` through a pipe when attempts run out, when a failed attempt is retried, when the
/// course is taken again after a completion, and when the learner types what a prompt cannot take.
@Suite(.timeLimit(.minutes(1))) struct TakeAttemptsTests {
  /// Registration, the intro, the lesson's two pages and the quiz rules.
  static let toTheFirstQuestion = TakeCourse.registration + "\n\n\n\n"

  private func take(_ course: TemporaryDirectory, _ home: TemporaryDirectory, input: String) throws -> CommandResult {
    try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards")], input: input,
      environment: ["COLUMNS": "80"])
  }

  private func attempts(_ home: TemporaryDirectory, enrolment: Int = 1) throws -> [LedgerAttempt] {
    try Ledger(path: home.appending("ledger.sqlite"), mode: .readOnly)
      .attempts(learnerID: 1, courseID: "sample-minimal", quizID: "quiz-1", enrolment: enrolment)
  }

  @Test func aFailedAttemptIsRetriedWithNewQuestionsUntilNoneAreLeft() throws {
    let (course, home) = (try TakeCourse.make(questions: 3, maxAttempts: 2), TemporaryDirectory())
    // Attempt 1: every answer false, so 0 of 3; retry; attempt 2 the same; then no attempts are left.
    let wrong = "f\nf\nf\nsubmit\n"
    let result = try take(course, home, input: Self.toTheFirstQuestion + wrong + "retry\n" + wrong + "\n")
    #expect(result.status == 0, "\(result.error)")
    let text = result.output.unwrapped
    #expect(text.contains("Result of attempt 1: Quiz Score: 0.0% (0 of 3 points). Not passed: the pass mark is 80%."), "\(text)")
    #expect(text.contains("Attempts left: 1 of 2."))
    #expect(text.contains("Type retry to start attempt 2 with a new set of questions."))
    #expect(text.contains("Result of attempt 2: Quiz"))
    #expect(text.contains("Attempts left: 0 of 2."))
    #expect(
      text.contains(
        "You have used all your attempts at this quiz, and it is not passed, so this course earns no credit in this enrolment."))
    let stored = try attempts(home)
    #expect(stored.count == 2)
    #expect(stored.allSatisfy { $0.grade?.passed == false })
    #expect(Set(stored.map(\.record.attempt.seed)).count == 2, "each attempt has its own seed")
    // Nothing is left to take in this enrolment: the next run says so again.
    let again = try take(course, home, input: "")
    #expect(again.output.unwrapped.contains("You have used all your attempts at this quiz"), "\(again.output)")
  }

  @Test func aCompletedCourseTakenAgainStartsAFreshEnrolment() throws {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    let pass = "t\nsubmit\n\n5\n\n"
    let first = try take(course, home, input: Self.toTheFirstQuestion + pass)
    #expect(first.output.contains("Course complete"), "\(first.output)")
    // The next run is a new taking (the next renewal cycle's): the intro, not a resume, and attempt 1 again.
    let second = try take(course, home, input: "\n\n\n\n" + pass)
    #expect(!second.output.contains("Resuming"))
    #expect(second.output.unwrapped.contains("You completed this course on "), "\(second.output)")
    #expect(second.output.unwrapped.contains("This is a new taking: its credit counts in the renewal cycle in which you complete it."))
    #expect(second.output.contains("Press Enter to start attempt 1."), "\(second.output)")
    #expect(second.output.contains("Course complete"))
    #expect(try attempts(home, enrolment: 2).count == 1)
    let show = try CommandRunner.vigil(["learner", "show", "1", "--home", home.path])
    #expect(show.output.components(separatedBy: "ANCC EXAMPLE-ANCC-0000  Sample Minimal Course").count == 3, "\(show.output)")
  }

  /// The practice facts are picked by number (or typed by name) from the board's list.
  @Test func registrationTakesPracticeFactsByNumber() throws {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    let result = try take(course, home, input: "Ana Díaz\ntx-bon\nRN\n123456\n2027-01-31\n1 national-certification\nquit\n")
    #expect(result.output.contains("1) direct-patient-care, 2) emergency-room"), "\(result.output)")
    let show = try CommandRunner.vigil(["learner", "show", "1", "--home", home.path])
    #expect(show.output.contains("direct-patient-care") && show.output.contains("national-certification"), "\(show.output)")
  }

  /// Each line a prompt cannot take, with the message it gets; the question stays and nothing is saved.
  @Test func everyInputErrorHasItsMessageAndSavesNothing() throws {
    let (course, home) = (try TakeCourse.make(questions: 2), TemporaryDirectory())
    let cases: [(String, String)] = [
      ("maybe", "'maybe' is not true or false; type t (true) or f (false)."),
      ("go", "Type go and a question number, e.g. go 3."),
      ("go 7", "There is no question 7; type go and a number from 1 to 2."),
      ("back", "This is the first question; there is nothing before it."),
      ("retry", "retry starts a new attempt after a failed one, from the result screen."),
      ("\u{1B}[A", "That line holds a control character (U+001B) (an arrow or function key sends one)"),
      (String(repeating: "x", count: 5000), "That line is too long (5000 bytes)"),
      ("", "Type an answer, or a command:"),
      ("= ", "Type the answer after the =, e.g. = next."),
    ]
    let input = Self.toTheFirstQuestion + cases.map { $0.0 + "\n" }.joined() + "quit\n"
    let result = try take(course, home, input: input)
    #expect(result.status == 0, "\(result.error)")
    let text = result.output.unwrapped
    for (typed, message) in cases {
      #expect(text.contains(message), "\(typed.prefix(10)): \(message)")
    }
    #expect(try attempts(home).first?.record.responses.isEmpty == true)
  }
}
