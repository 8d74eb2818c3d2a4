import Testing
import VigilGrading

@testable import VigilSession

/// A session rebuilt from the ledger's contents is the same session: screen, questions and order,
/// answers, revisions, flags, step counter and seat time.
@Suite struct RestoreTests {
  /// The screen without the notes of the last input.
  static func body(_ session: Session, width: Int = 80) -> String {
    var session = session
    session.notes = []
    return session.render(width: width, style: .plain)
  }

  @Test func resumeRebuildsTheSameQuestionScreen() {
    var driver = SessionFlowTests.atFirstQuestion()
    driver.type(["a", "flag"])
    let before = Self.body(driver.session)
    let seat = driver.session.seatSeconds
    driver.type("quit", after: 7)
    let (session, effects) = driver.restored()
    #expect(effects.isEmpty)
    #expect(session.screen == .question(index: 1))
    #expect(session.seatSeconds == seat + 7)
    #expect(session.stepNumber == driver.session.stepNumber)
    #expect(session.bookmark.flagged == ["q2"])
    #expect(session.openAttemptRecord == driver.session.openAttemptRecord)
    #expect(session.screenText.lines.first?.text == "Resuming your attempt: question 2 of 3, 1 answered.")
    #expect(Self.body(session) == before)
  }

  @Test func aChangedAnswerAfterResumeTakesTheNextRevision() {
    var driver = SessionFlowTests.atFirstQuestion()
    driver.type(["a", "quit"])
    var (session, _) = driver.restored()
    _ = session.handle("back", at: Fixtures.at(200))
    let effects = session.handle("c", at: Fixtures.at(210))
    #expect(
      effects.first
        == .saveResponse(
          AnswerToSave(
            attemptNumber: 1, questionID: "q1", revision: 2, typed: "c", response: .choice(id: "c3"),
            savedAt: Fixtures.at(210))))
  }

  @Test func withoutABookmarkTheFirstUnansweredQuestionIsShown() {
    var driver = SessionFlowTests.atFirstQuestion()
    driver.type(["a", "a c", "go 1"])
    driver.ledger.bookmark = nil
    let (session, _) = driver.restored()
    #expect(session.screen == .question(index: 2))
  }

  @Test func aStaleBookmarkIsIgnored() {
    var driver = SessionFlowTests.atFirstQuestion()
    driver.type("a")
    driver.ledger.bookmark = SessionBookmark(screen: .question(index: 9))
    let (session, _) = driver.restored()
    #expect(session.screen == .question(index: 1))
  }

  @Test func resumeOnALessonPage() {
    var driver = Driver(Fixtures.context(longLesson: true))
    driver.type(["", "", "quit"])
    let (session, _) = driver.restored()
    #expect(session.screen == .lesson(index: 0, page: 1))
    #expect(session.screenText.lines.first?.text == "Resuming where you left off.")
    #expect(Self.body(session).contains("Lesson 1 of 2, page 2 of 2"))
    var withoutBookmark = driver
    withoutBookmark.ledger.bookmark = nil
    // The last page view recorded is page 2 of lesson 1, so the next screen is lesson 2.
    #expect(withoutBookmark.restored().0.screen == .lesson(index: 1, page: 0))
  }

  @Test func aChangedCourseIsAnnounced() {
    var driver = SessionFlowTests.atFirstQuestion()
    driver.type(["a", "quit"])
    let (session, _) = driver.restored(context: Fixtures.context(changed: true))
    #expect(
      session.screenText.lines.first?.text
        == "This course has changed since your attempt began. Your attempt continues with the questions it started with, and is graded against them."
    )
  }

  @Test func afterAPassTheEvaluationResumesAtItsFirstUnansweredQuestion() {
    var driver = SessionFlowTests.atFirstQuestion()
    driver.type(["a", "a c", "f", "submit", "", "4", "quit"])
    driver.ledger.bookmark = nil
    let (session, _) = driver.restored()
    #expect(session.screen == .evaluation(index: 1))
    #expect(session.grades.map(\.percentage) == [100])
  }

  @Test func aCompletedSessionShowsTheCompletion() {
    var driver = SessionFlowTests.atFirstQuestion()
    driver.type(["a", "a c", "f", "submit", "", "4", "skip"])
    #expect(driver.ledger.isCompleted)
    #expect(driver.restored().0.screen == .completion)
  }
}

/// A completion that never reached the ledger is asked for again on resume.
@Suite struct CompletionRecoveryTests {
  @Test func aLostCompletionIsRecordedOnResume() {
    var driver = SessionFlowTests.atFirstQuestion()
    driver.type(["a", "a c", "f", "submit", "", "4", "skip"])
    driver.ledger.isCompleted = false  // the crash came before the completion was committed
    let (session, effects) = driver.restored()
    #expect(session.screen == .completion)
    #expect(effects == [.complete])
    driver.ledger.isCompleted = true
    #expect(driver.restored().1.isEmpty)
  }
}
