import Foundation
import Testing
import VigilLedger
import VigilTestSupport

/// Time limits end to end, with `vigil-under-test` and a clock file the test moves forward (no
/// sleeps): expiry, extra time as an accommodation, a deadline that passes while the learner is
/// away, the hidden countdown, and the shipped `vigil`, which no variable can give another time.
@Suite(.timeLimit(.minutes(1))) struct TakeTimeLimitTests {
  /// 2026-12-01 12:00:00 UTC.
  static let start: Int64 = 1_796_126_400

  /// A course of one lesson and three true/false questions with a 1-minute limit; a home; a clock.
  final class Setup {
    let course: TemporaryDirectory
    let home = TemporaryDirectory()
    let clock: String

    init(timeLimitMinutes: Int = 1) throws {
      course = try TakeCourse.make(questions: 3, timeLimitMinutes: timeLimitMinutes)
      clock = home.appending("clock")
      set(TakeTimeLimitTests.start)
    }

    /// Moves the test clock to `seconds` since the epoch.
    func set(_ seconds: Int64) {
      try? "\(seconds)\n".write(toFile: clock, atomically: true, encoding: .utf8)
    }

    /// `vigil-under-test take` on the course, driven line by line.
    func take(_ extra: [String] = []) throws -> LiveProcess {
      try LiveProcess(
        try #require(CommandRunner.vigilUnderTestPath),
        ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards")] + extra,
        environment: ["COLUMNS": "80", "VIGIL_TEST_CLOCK": clock])
    }

    /// Runs `vigil` with the home.
    func vigil(_ arguments: [String]) throws -> CommandResult {
      try CommandRunner.vigil(arguments + ["--home", home.path])
    }

    /// The learner's attempts at the quiz, from the ledger.
    func attempts() throws -> [LedgerAttempt] {
      try Ledger(path: home.appending("ledger.sqlite"), mode: .readOnly)
        .attempts(learnerID: 1, courseID: "sample-minimal", quizID: "quiz-1", enrolment: 1)
    }
  }

  /// Registers, reads the intro and the lesson, and stops at the quiz rules.
  static func toTheRules(_ session: LiveProcess) throws -> String {
    for line in TakeCourse.registration.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      session.send(String(line))
    }
    try session.wait(for: "confirm you have read the disclosures")
    session.send("")
    try session.wait(for: "page 1 of")
    session.send("")
    try session.wait(for: "page 2 of")
    session.send("")
    return try session.wait(for: "Press Enter to start attempt 1")
  }

  @Test func theDeadlineEndsTheAttemptWithTheAnswersSavedBeforeIt() throws {
    let setup = try Setup()
    let session = try setup.take()
    let rules = try Self.toTheRules(session)
    #expect(rules.contains("Time limit: 1 min. The clock starts now and keeps running while you are"))
    session.send("")
    let first = try session.wait(for: "Question 1 of 3")
    #expect(!first.contains("left in this attempt"))
    #expect(first.contains("Time left: 1 min"))
    setup.set(Self.start + 30)
    session.send("t")
    let second = try session.wait(for: "Question 2 of 3")
    #expect(second.contains("Time left: 30 s"))
    #expect(second.contains("About 30 s left in this attempt. Answers saved by the deadline count."))
    // 61 s after the start: past the deadline, so this answer is not taken.
    setup.set(Self.start + 61)
    session.send("t")
    let expired = try session.wait(for: "Result of attempt 1")
    #expect(
      expired.unwrapped.contains(
        "Time is up: the time limit for this attempt has passed. It was graded with the 1 answer saved before the deadline"),
      "\(expired)")
    #expect(expired.contains("Score: 33.3% (1 of 3 points)."), "\(expired)")
    session.send("quit")
    _ = session.finish()
    let attempt = try #require(try setup.attempts().first)
    #expect(attempt.deadline?.secondsSinceEpoch == Self.start + 60)
    #expect(attempt.finishedAt?.secondsSinceEpoch == Self.start + 61)
    #expect(attempt.grade?.passed == false)
    #expect(try setup.vigil(["ledger", "verify"]).status == 0)
  }

  @Test func extraTimeMovesTheDeadlineAndIsStoredWithTheAttempt() throws {
    let setup = try Setup()
    let registered = try setup.take()
    _ = try Self.toTheRules(registered)
    registered.send("quit")
    _ = registered.finish()
    let update = try setup.vigil(["learner", "update", "1", "--extra-time", "100"])
    #expect(update.output == "learner 1 is now: Ana Díaz\n  extra time on timed quizzes: 100%\n", "\(update.error)")
    #expect(try setup.vigil(["learner", "show", "1"]).output.contains("  extra time on timed quizzes: 100%\n"))
    let json = try setup.vigil(["learner", "update", "1", "--extra-time", "100", "--format", "json"]).output
    #expect(json.contains(#""extraTimePercent" : 100"#), "\(json)")
    let negative = try setup.vigil(["learner", "update", "1", "--extra-time", "-5"])
    #expect(negative.error == "error: extra time is a percentage of the time limit from 0 (none) to 400, not -5\n", "\(negative.error)")

    let session = try setup.take()
    #expect(try session.wait(for: "Press Enter to start attempt 1").contains("Time limit: 2 min, including 1 min of extra time."))
    session.send("")
    try session.wait(for: "Question 1 of 3")
    setup.set(Self.start + 61)
    session.send("t")
    #expect(try session.wait(for: "Question 2 of 3").contains("Time left: 59 s"))
    setup.set(Self.start + 121)
    session.send("t")
    #expect(try session.wait(for: "Result of attempt 1").unwrapped.contains("graded with the 1 answer saved before the deadline"))
    session.send("quit")
    _ = session.finish()
    #expect(try setup.attempts().first?.deadline?.secondsSinceEpoch == Self.start + 120)

    // Removing the accommodation does not shorten the attempt already graded; 0 is shown as none.
    #expect(try setup.vigil(["learner", "update", "1", "--extra-time", "0"]).output.contains("no extra time"))
    let refused = try setup.vigil(["learner", "update", "1", "--extra-time", "401"])
    #expect(refused.status == 2)
    #expect(refused.error == "error: extra time is a percentage of the time limit from 0 (none) to 400, not 401\n")
  }

  @Test func aDeadlinePassedWhileAwayFinishesTheAttemptOnResume() throws {
    let setup = try Setup()
    let session = try setup.take()
    _ = try Self.toTheRules(session)
    session.send("")
    try session.wait(for: "Question 1 of 3")
    session.send("t")
    try session.wait(for: "Question 2 of 3")
    session.send("quit")
    #expect(session.finish().contains("The quiz clock keeps running while you are away."))
    setup.set(Self.start + 3600)
    let resumed = try setup.take()
    let text = try resumed.wait(for: "Result of attempt 1")
    #expect(
      text.unwrapped.contains(
        "The time limit of your attempt ran out while you were away (the clock keeps running). It was graded with the 1 answer saved before the deadline."
      ), "\(text)")
    resumed.send("quit")
    _ = resumed.finish()
    #expect(try setup.attempts().first?.finishedAt?.secondsSinceEpoch == Self.start + 3600)
  }

  @Test func theCountdownCanBeHiddenWhileTheDeadlineHolds() throws {
    let setup = try Setup()
    let session = try setup.take(["--hide-countdown"])
    _ = try Self.toTheRules(session)
    session.send("")
    let question = try session.wait(for: "Question 1 of 3")
    #expect(!question.contains("Time left"))
    setup.set(Self.start + 61)
    session.send("t")
    #expect(try session.wait(for: "Result of attempt 1").contains("Time is up"))
    session.send("quit")
    #expect(session.finish().contains("--hide-countdown"), "the resume command keeps the choice")
  }

  /// A change of accommodation while an attempt is open leaves that attempt's stored deadline alone and
  /// applies to the next attempt; so does a course whose time limit changed since the attempt began.
  @Test func theStoredDeadlineHoldsAndANewAccommodationAppliesToTheNextAttempt() throws {
    let setup = try Setup()
    let first = try setup.take()
    _ = try Self.toTheRules(first)
    first.send("")
    try first.wait(for: "Question 1 of 3")
    first.send("quit")
    _ = first.finish()
    // Attempt 1 started at `start` with no extra time: deadline start + 60.
    #expect(try setup.vigil(["learner", "update", "1", "--extra-time", "100"]).status == 0)
    let course = setup.course.appending("course.xml")
    let text = try String(contentsOfFile: course, encoding: .utf8)
    try text.replacingOccurrences(of: #"timeLimitMinutes="1""#, with: #"timeLimitMinutes="20""#)
      .write(toFile: course, atomically: true, encoding: .utf8)
    setup.set(Self.start + 61)
    let resumed = try setup.take()
    let expired = try resumed.wait(for: "Result of attempt 1")
    #expect(expired.unwrapped.contains("ran out while you were away"), "\(expired)")
    resumed.send("retry")
    // Attempt 2 at start + 61: 20 min + 100 % = 40 min, so its deadline is start + 61 + 2400.
    try resumed.wait(for: "Question 1 of 3")
    resumed.send("quit")
    _ = resumed.finish()
    let attempts = try setup.attempts()
    #expect(attempts.map { $0.deadline?.secondsSinceEpoch } == [Self.start + 60, Self.start + 61 + 2400])
  }

  /// With no input at all, the deadline still ends the attempt: the session wakes for it.
  @Test func theDeadlineEndsAnAttemptWhileTheLearnerTypesNothing() throws {
    let setup = try Setup()
    let session = try setup.take()
    _ = try Self.toTheRules(session)
    session.send("")
    try session.wait(for: "Question 1 of 3")
    // 59 s in, a flag: the session now waits 2 s (to 1 s past the deadline) for the next line.
    setup.set(Self.start + 59)
    session.send("flag")
    try session.wait(for: "flagged for review")
    setup.set(Self.start + 62)
    let expired = try session.wait(for: "Result of attempt 1")
    #expect(expired.unwrapped.contains("Time is up: the time limit for this attempt has passed."), "\(expired)")
    session.send("quit")
    _ = session.finish()
    #expect(try setup.attempts().first?.finishedAt?.secondsSinceEpoch == Self.start + 62)
  }

  /// The shipped binary reads the system clock whatever the environment says.
  @Test func theShippedVigilIgnoresTheTestClock() throws {
    let setup = try Setup()
    setup.set(1_000_000_000)
    let input = TakeCourse.registration + "\n\n\n\nquit\n"
    let result = try CommandRunner.vigil(
      ["take", setup.course.path, "--home", setup.home.path, "--boards", Repository.path("Boards")], input: input,
      environment: ["VIGIL_TEST_CLOCK": setup.clock])
    #expect(result.status == 0, "\(result.error)")
    let started = try #require(try setup.attempts().first).record.startedAt.secondsSinceEpoch
    #expect(abs(started - Int64(Date().timeIntervalSince1970)) < 600)
  }
}
