import Testing

@testable import VigilSession

/// next, back and go across lessons, the rules and questions.
@Suite struct NavigationTests {
  struct Step: Sendable, CustomTestStringConvertible {
    var inputs: [String]
    var screen: SessionScreen
    var testDescription: String { inputs.joined(separator: ", ") }
  }

  /// The long lesson has two pages; lesson 2 has one.
  static let steps: [Step] = [
    Step(inputs: [""], screen: .lesson(index: 0, page: 0)),
    Step(inputs: ["", "next"], screen: .lesson(index: 0, page: 1)),
    Step(inputs: ["", "go 2"], screen: .lesson(index: 0, page: 1)),
    Step(inputs: ["", "go 3"], screen: .lesson(index: 0, page: 0)),
    Step(inputs: ["", "", "back"], screen: .lesson(index: 0, page: 0)),
    Step(inputs: ["", "", "", "back"], screen: .lesson(index: 0, page: 1)),
    Step(inputs: ["", "", "", ""], screen: .quizRules),
    Step(inputs: ["", "", "", "", "back"], screen: .lesson(index: 1, page: 0)),
    Step(inputs: ["", "", "", "", "flag"], screen: .quizRules),
    Step(inputs: ["", "", "", "", "", "next"], screen: .question(index: 1)),
    Step(inputs: ["", "", "", "", "", "go 3", "next"], screen: .submitSummary),
    Step(inputs: ["", "", "", "", "", "go 3", "next", "back"], screen: .question(index: 2)),
    Step(inputs: ["", "", "", "", "", "go 2", "back", "back"], screen: .question(index: 0)),
  ]

  @Test(arguments: steps) func leadsTo(_ step: Step) {
    var driver = Driver(Fixtures.context(longLesson: true))
    driver.type(step.inputs)
    #expect(driver.session.screen == step.screen)
  }

  @Test func pageCounterAndGoOutOfRange() {
    var driver = Driver(Fixtures.context(longLesson: true))
    driver.type("")
    #expect(driver.text.hasPrefix("Lesson 1 of 2, page 1 of 2\n"))
    driver.type("go 3")
    #expect(driver.session.screenText.lines.first?.text == "This lesson has 2 pages; type go and a number from 1 to 2.")
    driver.type("flag")
    #expect(driver.session.screenText.lines.first?.text == "Only a quiz question can be flagged.")
  }

  @Test func aFailedAttemptRestoredOffersTheRetryWithTheNextNumber() {
    var driver = SessionFlowTests.atFirstQuestion()
    driver.type(["b", "b", "t", "submit", "quit"])
    var (session, _) = driver.restored()
    #expect(session.screen == .result)
    #expect(session.handle("retry", at: Fixtures.at(1000)) == [.startAttempt(number: 2)])
    #expect(session.screen == .startingAttempt)
  }
}
