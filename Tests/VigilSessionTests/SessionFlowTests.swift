import Testing
import VigilGrading

@testable import VigilSession

/// The session's screens in order, and the effects each input asks the engine to persist.
@Suite struct SessionFlowTests {
  /// Intro, two one-page lessons, the rules and the first question.
  static func atFirstQuestion(_ context: SessionContext = Fixtures.context()) -> Driver {
    var driver = Driver(context)
    driver.type(["", "", "", ""])
    return driver
  }

  @Test func introAcknowledgesDisclosuresAndOpensTheFirstLesson() {
    var driver = Driver(Fixtures.context())
    #expect(driver.session.screen == .intro)
    let effects = driver.type("next")
    #expect(
      effects == [
        .recordStep(RecordedStep(number: 1, activity: .disclosuresAcknowledged)),
        .saveBookmark(SessionBookmark(screen: .lesson(index: 0, page: 0))),
      ])
    #expect(driver.text.contains("Lesson 1 of 2, page 1 of 1"))
  }

  @Test func goingBackToTheIntroDoesNotAcknowledgeTwice() {
    var driver = Driver(Fixtures.context())
    driver.type(["", "back"])
    #expect(driver.session.screen == .intro)
    let effects = driver.type("")
    #expect(effects == [.saveBookmark(SessionBookmark(screen: .lesson(index: 0, page: 0), seatSeconds: 10))])
    #expect(driver.session.stepNumber == 2)
  }

  @Test func leavingALessonPageRecordsItsSeatTime() {
    var driver = Driver(Fixtures.context())
    driver.type("")
    let effects = driver.type("", after: 95)
    #expect(
      effects == [
        .recordStep(RecordedStep(number: 2, activity: .lessonViewed(lessonID: "l1", page: 1, seconds: 95))),
        .saveBookmark(SessionBookmark(screen: .lesson(index: 1, page: 0), seatSeconds: 95)),
      ])
  }

  @Test func idleGapsOverThirtyMinutesAreNotSeatTime() {
    var driver = Driver(Fixtures.context())
    driver.type("")
    driver.type("back", after: 1801)  // back to the intro: the 1801 s are not counted
    #expect(driver.session.seatSeconds == 0)
    driver.type("", after: 5)  // intro again: intro time is not seat time either
    driver.type("", after: 1800)  // exactly 30 minutes on lesson 1 counts
    #expect(driver.session.seatSeconds == 1800)
  }

  @Test func rulesStartAnAttemptAndTheEngineAnswersWithTheRecord() {
    var driver = Driver(Fixtures.context())
    driver.type(["", "", ""])
    #expect(driver.session.screen == .quizRules)
    #expect(driver.text.contains("Attempts left: 2 of 2."))
    #expect(driver.text.contains("Pass mark: 60%."))
    let effects = driver.type("")
    #expect(
      effects.first
        == .recordStep(RecordedStep(number: 3, activity: .lessonViewed(lessonID: "l2", page: 1, seconds: 10)))
        || effects.contains(.startAttempt(number: 1)))
    #expect(effects.contains(.startAttempt(number: 1)))
    #expect(driver.session.screen == .question(index: 0))
    #expect(driver.text.hasPrefix("\nQuestion 1 of 3\n") || driver.text.hasPrefix("Question 1 of 3\n"))
  }

  @Test func anAnswerIsSavedWithItsRevisionAndTheNextQuestionShown() {
    var driver = Self.atFirstQuestion()
    let effects = driver.type("a")
    #expect(
      effects.first
        == .saveResponse(
          AnswerToSave(
            attemptNumber: 1, questionID: "q1", revision: 1, typed: "a", response: .choice(id: "c1"),
            savedAt: Fixtures.at(50))))
    #expect(driver.session.screen == .question(index: 1))
    #expect(driver.text.contains("Saved your answer to question 1. 1 of 3 answered."))
    driver.type("back")
    #expect(driver.text.contains("Your answer: a."))
    let changed = driver.type(" B ")
    #expect(
      changed.first
        == .saveResponse(
          AnswerToSave(
            attemptNumber: 1, questionID: "q1", revision: 2, typed: " B ", response: .choice(id: "c2"),
            savedAt: Fixtures.at(70))))
    #expect(driver.text.contains("Saved your answer to question 1 (changed). 1 of 3 answered."))
  }

  @Test func aPassGoesThroughSubmitResultEvaluationAndCompletion() {
    var driver = Self.atFirstQuestion()
    driver.type(["a", "a c", "f"])
    #expect(driver.session.screen == .submitSummary)
    #expect(driver.text.contains("Answered: 3 of 3"))
    #expect(driver.text.contains("Submitting is final"))
    let submitted = driver.type("submit")
    guard case .submit(let grade)? = submitted.first else {
      Issue.record("no submit effect: \(submitted)")
      return
    }
    #expect(grade.percentage == 100)
    #expect(grade.passed)
    #expect(driver.session.screen == .result)
    #expect(driver.text.contains("Score: 100.0% (3 of 3 points)."))
    #expect(driver.text.contains("Passed: the pass mark is 60%."))
    #expect(driver.text.contains("Yes: control is a sign."))
    #expect(driver.text.contains("Your best attempt counts: attempt 1, 100.0%. The quiz is passed."))
    driver.type("")
    #expect(driver.session.screen == .evaluation(index: 0))
    #expect(driver.type("6").isEmpty)
    #expect(driver.text.contains("Type a number from 1 (strongly disagree) to 5 (strongly agree)."))
    #expect(driver.type("skip").isEmpty)
    #expect(driver.text.contains("This evaluation question needs an answer."))
    let rated = driver.type("5")
    #expect(
      rated.first == .recordStep(RecordedStep(number: 4, activity: .evaluationAnswered(questionID: "e1", answer: "5"))))
    let skipped = driver.type("skip")
    #expect(skipped.last == .complete)
    #expect(driver.session.screen == .completion)
    #expect(driver.text.contains("Texas BON: 1.0 h, toward the human-trafficking requirement"))
    driver.session.certificateIssued(["Certificate number VC-0001"])
    #expect(driver.text.contains("Certificate number VC-0001"))
    #expect(
      driver.text.contains(
        "References\n  - HHS ACF. Adult Human Trafficking Screening Tool and Guide. 2018.\n    https://www.acf.hhs.gov/otip (checked 2026-12-01)"),
      "\(driver.text)")
    // Enter leaves; there is nothing to resume once the course is complete.
    #expect(driver.type("").contains { if case .quit = $0 { true } else { false } })
    #expect(driver.text.contains("Your completion is saved. You can close this window."))
    #expect(!driver.text.contains("To resume"))
  }

  @Test func aFailWithAttemptsLeftOffersARetryWithANewAttempt() {
    var driver = Self.atFirstQuestion()
    driver.type(["b", "b", "t", "submit"])
    #expect(driver.session.grades.last?.percentage == 0)
    #expect(driver.text.contains("Not passed: the pass mark is 60%."))
    #expect(driver.text.contains("Attempts left: 1 of 2."))
    #expect(driver.text.contains("Type retry to start attempt 2"))
    #expect(driver.type("").isEmpty)
    let retried = driver.type("retry")
    #expect(retried.contains(.startAttempt(number: 2)))
    #expect(driver.session.screen == .question(index: 0))
    #expect(driver.session.openAttemptNumber == 2)
  }

  @Test func maxAttemptsReachedSaysSoPlainly() {
    var driver = Self.atFirstQuestion()
    driver.type(["b", "b", "t", "submit", "retry", "b", "b", "t", "submit"])
    #expect(driver.text.contains("Attempts left: 0 of 2."))
    #expect(driver.text.contains("No attempts are left for this quiz"))
    #expect(driver.type("retry").isEmpty)
    #expect(driver.text.contains("No attempts are left for this quiz."))
    driver.type("")
    #expect(driver.session.screen == .closed)
  }

  @Test func averageGradingCountsBothAttempts() {
    var driver = Self.atFirstQuestion(Fixtures.context(quiz: Fixtures.quiz(method: .average)))
    driver.type(["a", "b", "t", "submit", "retry", "a", "a c", "f", "submit"])
    // 1 of 3 then 3 of 3: the average is 66.7 %, a pass at 60 %.
    #expect(driver.text.contains("The average of your 2 attempts counts: 66.7%. The quiz is passed."))
  }

  @Test func quitSavesAndPrintsTheResumeCommand() {
    var driver = Self.atFirstQuestion()
    let effects = driver.type("quit")
    #expect(effects.last == .quit(resumeCommand: "vigil take tiny --license TX-BON:RN:123"))
    #expect(driver.text.contains("To resume, run: vigil take tiny --license TX-BON:RN:123"))
  }
}
