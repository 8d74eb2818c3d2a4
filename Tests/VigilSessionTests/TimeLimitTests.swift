import Testing
import VigilGrading

@testable import VigilSession

/// A time limit is a stored deadline: warned at five minutes (half the time of a short attempt), extended by extra time, graded with
/// what was saved by it, and finished at once when a resume comes after it.
@Suite struct TimeLimitTests {
  /// The attempt starts at second 40 of the driver's clock; with a 600 s limit the deadline is 640.
  static func timed(limit: Int = 600, extra: Int = 0, hide: Bool = false) -> Driver {
    SessionFlowTests.atFirstQuestion(Fixtures.context(quiz: Fixtures.quiz(timeLimit: limit), extra: extra, hide: hide))
  }

  @Test func theRulesSayTheClockKeepsRunning() {
    var driver = Driver(Fixtures.context(quiz: Fixtures.quiz(timeLimit: 600), extra: 300))
    driver.type(["", "", ""])
    #expect(
      driver.logical.contains(
        "Time limit: 15 min, including 5 min of extra time. The clock starts now and keeps running while you are away, even if you quit."
      ))
  }

  @Test func theCountdownShowsUnlessHidden() {
    var shown = Self.timed()
    #expect(shown.text.contains("Time left: 10 min\n"))
    shown.type("a", after: 20)
    #expect(shown.text.contains("Time left: 9 min 40 s\n"))
    let hidden = Self.timed(hide: true)
    #expect(!hidden.text.contains("Time left"))
  }

  @Test func aWarningAtFiveMinutesLeft() {
    var driver = Self.timed()
    driver.type("a", after: 299)  // 301 s left: no warning
    #expect(!driver.text.contains("left in this attempt"))
    driver.type("flag", after: 1)  // 300 s left
    #expect(driver.text.contains("About 5 min left in this attempt. Answers saved by the deadline count."))
    driver.type("flag", after: 1)  // once only
    #expect(!driver.text.contains("left in this attempt"))
  }

  /// An attempt of 10 minutes or less is warned at half its time, not as it starts.
  @Test(arguments: [(limit: 120, warnedAfter: 60, text: "About 1 min left"), (limit: 300, warnedAfter: 150, text: "About 2 min 30 s left"), (limit: 61, warnedAfter: 31, text: "About 30 s left")])
  func aShortAttemptIsWarnedAtHalfItsTime(limit: Int, warnedAfter: Int, text: String) {
    var driver = Self.timed(limit: limit)
    #expect(!driver.text.contains("left in this attempt"))
    driver.type("a", after: warnedAfter - 1)
    #expect(!driver.text.contains("left in this attempt"))
    driver.type("flag", after: 1)
    #expect(driver.text.contains("\(text) in this attempt. Answers saved by the deadline count."), "\(driver.text)")
  }

  @Test func theDeadlineSecondStillCountsAndTheNextGradesWhatWasSaved() {
    var driver = Self.timed()
    driver.type("a", after: 10)  // second 50
    let atDeadline = driver.type("a c", after: 590)  // second 640: the deadline itself
    #expect(atDeadline.first.map { if case .saveResponse = $0 { true } else { false } } == true)
    let late = driver.type("t", after: 1)  // second 641
    guard case .submit(let grade)? = late.first else {
      Issue.record("expected a submit: \(late)")
      return
    }
    #expect(late.count == 2)
    #expect(grade.points == 2)
    #expect(grade.deadline == Fixtures.at(640))
    #expect(driver.session.screen == .result)
    #expect(
      driver.logical.contains(
        "Time is up: the time limit for this attempt has passed. It was graded with the 2 answers saved before the deadline"
      ))
  }

  @Test func extraTimeMovesTheDeadline() {
    var driver = Self.timed(limit: 60, extra: 120)  // deadline at second 220
    driver.type("a", after: 179)  // second 219
    #expect(driver.session.screen == .question(index: 1))
    let effects = driver.type("a c", after: 1)  // second 220
    #expect(effects.first.map { if case .saveResponse = $0 { true } else { false } } == true)
    let after = driver.type("t", after: 1)
    #expect(after.first.map { if case .submit(let grade) = $0 { grade.points == 2 } else { false } } == true)
  }

  @Test func resumingAfterTheDeadlineFinishesAtOnceAndSaysWhy() {
    var driver = Self.timed(limit: 60)
    driver.type("a", after: 10)
    driver.type("quit", after: 5)
    let (session, effects) = driver.restored(after: 3600)
    #expect(effects.count == 2)
    guard case .submit(let grade)? = effects.first else {
      Issue.record("expected a submit: \(effects)")
      return
    }
    #expect(grade.points == 1)
    #expect(session.screen == .result)
    #expect(
      session.screenText.lines.first?.text
        == "The time limit of your attempt ran out while you were away (the clock keeps running). It was graded with the 1 answer saved before the deadline."
    )
  }
}

/// The adapter's timer, without any input.
@Suite struct DeadlineTimerTests {
  @Test func theTimerWakesForAShortAttemptsWarningAtHalfItsTime() {
    let driver = TimeLimitTests.timed(limit: 120)  // started at second 40, deadline at 160
    #expect(driver.session.nextAlarm(after: Fixtures.at(40)) == Fixtures.at(100))
    var session = driver.session
    #expect(session.checkDeadline(at: Fixtures.at(100)).isEmpty)
    #expect(session.screenText.lines.contains { $0.text == "About 1 min left in this attempt. Answers saved by the deadline count." })
    #expect(session.nextAlarm(after: Fixtures.at(100)) == Fixtures.at(161))
  }

  @Test func theTimerGradesAtTheDeadlineWithoutInput() {
    var driver = TimeLimitTests.timed(limit: 600)  // deadline at second 640
    driver.type("a", after: 10)
    var session = driver.session
    #expect(session.checkDeadline(at: Fixtures.at(339)).isEmpty)
    #expect(!session.screenText.lines.contains { $0.text.contains("left in this attempt") })
    #expect(session.checkDeadline(at: Fixtures.at(340)).isEmpty)
    #expect(
      session.screenText.lines.contains {
        $0.text == "About 5 min left in this attempt. Answers saved by the deadline count."
      })
    #expect(session.checkDeadline(at: Fixtures.at(640)).isEmpty)
    let effects = session.checkDeadline(at: Fixtures.at(641))
    #expect(effects.first.map { if case .submit(let grade) = $0 { grade.points == 1 } else { false } } == true)
    #expect(session.screen == .result)
    #expect(session.deadline == nil)
  }
}
