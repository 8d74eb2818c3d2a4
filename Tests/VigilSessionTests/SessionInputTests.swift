import Testing
import VigilGrading

@testable import VigilSession

/// Every input error leaves the same screen with its own message and asks nothing of the engine.
@Suite struct SessionInputTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var input: String
    var message: String
    var testDescription: String { String(input.prefix(20)) }
  }

  static let cases: [Case] = [
    Case(input: "", message: "Type an answer, or a command: back, next, go N, flag, review, submit, help, quit."),
    Case(input: "   ", message: "Type an answer, or a command: back, next, go N, flag, review, submit, help, quit."),
    Case(input: "z", message: "There is no choice z; choose a to c or 1 to 3."),
    Case(input: "a b", message: "Choose one answer only; type a single letter, a to c."),
    Case(input: "4", message: "There is no choice 4; choose a to c or 1 to 3."),
    Case(input: "go", message: "Type go and a question number, e.g. go 3."),
    Case(input: "go x", message: "Type go and a question number, e.g. go 3."),
    Case(input: "go 9", message: "There is no question 9; type go and a number from 1 to 3."),
    Case(input: "go 0", message: "There is no question 0; type go and a number from 1 to 3."),
    Case(input: "back", message: "This is the first question; there is nothing before it."),
    Case(input: "retry", message: "retry starts a new attempt after a failed one, from the result screen."),
    Case(input: "skip", message: "Only an optional evaluation question can be skipped."),
    Case(
      input: "\u{1B}[A",
      message:
        "That line holds a control character (U+001B) (an arrow or function key sends one); type letters or words and press Enter."
    ),
    Case(
      input: "a\u{7}", message: "That line holds a control character (U+0007); type letters or words and press Enter."),
    Case(
      input: "a\u{202E}",
      message: "That line holds a control character (U+202E); type letters or words and press Enter."),
    Case(input: String(repeating: "x", count: 1001), message: "The answer is too long; keep it under 1000 characters."),
    Case(
      input: String(repeating: "x", count: 4001),
      message:
        "That line is too long (4001 bytes); answers are at most 1000 characters. Type a shorter answer and press Enter."
    ),
    Case(
      input: String(repeating: "é", count: 1 << 19),
      message:
        "That line is too long (1048576 bytes); answers are at most 1000 characters. Type a shorter answer and press Enter."
    ),
    Case(
      input: "The companion answers every question for her",
      message: "This question is answered with letters, not words: type the letter of one answer, a to c."),
  ]

  @Test(arguments: cases) func refusedOnTheFirstQuestion(_ test: Case) {
    var driver = SessionFlowTests.atFirstQuestion()
    let before = driver.session.render(width: 80, style: .plain)
    let effects = driver.type(test.input)
    #expect(effects.isEmpty)
    #expect(driver.session.screen == .question(index: 0))
    let lines = driver.session.screenText.lines
    #expect(lines.first == ScreenLine(.problem, test.message))
    // The same screen follows the message.
    #expect(driver.text.hasSuffix(before))
  }

  @Test func trueFalseAndMultipleResponseErrorsAreTheirOwn() {
    var driver = SessionFlowTests.atFirstQuestion()
    driver.type(["a"])
    driver.type("a x")
    #expect(driver.session.screenText.lines.first?.text == "There is no choice x; choose a to c or 1 to 3.")
    driver.type("none")
    #expect(driver.session.screen == .question(index: 2))
    driver.type("maybe")
    #expect(driver.session.screenText.lines.first?.text == "'maybe' is not true or false; type t (true) or f (false).")
  }

  @Test func commandsAreRecognisedInAnyCase() {
    #expect(SessionCommand.parse("HELP") == .help)
    #expect(SessionCommand.parse("Go 12") == .go(12))
    #expect(SessionCommand.parse("go 99999999999") == nil)
    #expect(SessionCommand.parse("next please") == nil)
    #expect(SessionCommand.parse("b") == nil)
  }

  /// A short-text answer may be a command word: `=` in front makes it an answer.
  @Test func anEqualsSignMakesACommandWordAnAnswer() {
    #expect(SessionInput.classify("next") == .command(.next))
    #expect(SessionInput.classify("= next") == .answer("next"))
    #expect(SessionInput.classify("  =quit ") == .answer("quit"))
    #expect(SessionInput.classify("==") == .answer("="))
    #expect(SessionInput.classify(" = ") == .refused("Type the answer after the =, e.g. = next."))
  }

  /// Bytes that are not UTF-8 reach the session as U+FFFD: such a line is refused, never stored as an
  /// answer with the replacement character in it.
  @Test(arguments: ["caf\u{FFFD}", "\u{FFFD}", "a \u{FFFD}\u{FFFD} b"])
  func aLineThatWasNotUTF8IsRefused(line: String) {
    #expect(
      SessionInput.classify(line)
        == .refused(
          "That line holds bytes that are not UTF-8 text (shown as U+FFFD); set your terminal to UTF-8 and type it again."))
  }

  /// On a lesson page `go` takes a page number, and says so when it has none.
  @Test(arguments: ["go", "go x", "go 99999999999999999999", "go 2.0"])
  func goWithoutANumberOnALessonPageAsksForAPage(line: String) {
    var driver = Driver(Fixtures.context())
    driver.type("")
    #expect(driver.session.screen == .lesson(index: 0, page: 0))
    #expect(driver.type(line).isEmpty)
    #expect(driver.text.contains("Type go and a page number, e.g. go 3."), "\(driver.text)")
  }

  @Test func flagReviewAndGo() {
    var driver = SessionFlowTests.atFirstQuestion()
    let flagged = driver.type("flag")
    #expect(flagged == [.saveBookmark(SessionBookmark(screen: .question(index: 0), flagged: ["q1"], seatSeconds: 30))])
    #expect(driver.text.contains("Question 1 flagged for review."))
    #expect(driver.text.contains("Final quiz, attempt 1: 0 answered, 1 flagged"))
    driver.type("go 3")
    #expect(driver.session.screen == .question(index: 2))
    driver.type("t")
    #expect(driver.session.screen == .submitSummary)
    driver.type("review")
    let review = driver.session.screenText.lines.prefix(4).map(\.text)
    #expect(review == ["Review: 1 of 3 answered", "not answered, flagged", "not answered", "answered"])
    #expect(driver.text.contains("Not answered: questions 1, 2"))
    #expect(driver.text.contains("Flagged: question 1"))
    #expect(driver.text.contains("2 questions are not answered and will score 0."))
    driver.type("go 1")
    driver.type("flag")
    #expect(driver.text.contains("Flag removed from question 1."))
    driver.type("help")
    #expect(driver.text.contains("go N: jump to question N in the quiz, or page N of a lesson"))
    #expect(driver.session.screen == .question(index: 0))
  }

  @Test func submitFromAQuestionAsksForConfirmationFirst() {
    var driver = SessionFlowTests.atFirstQuestion()
    let effects = driver.type("submit")
    #expect(effects == [.saveBookmark(SessionBookmark(screen: .submitSummary, seatSeconds: 30))])
    #expect(driver.session.screen == .submitSummary)
    #expect(driver.type("a").isEmpty)
    #expect(driver.text.contains("Type submit to finish the quiz, or go N to change an answer first."))
    #expect(driver.type("next").isEmpty)
    let submitted = driver.type("submit")
    #expect(submitted.contains { if case .submit = $0 { true } else { false } })
    #expect(driver.session.grades.first?.percentage == 0)
  }
}
