import BenchmarkSupport
import Foundation

/// Enter to the next screen over `answers` answers, beside one bare SQLite commit per answer.
enum EnterTiming {
  static func run(_ setup: BenchmarkHome, answers: Int) throws {
    let course = try setup.course(questions: answers)
    let session = try PipedSession(vigil: setup.vigil, arguments: setup.take(course))
    // The intro, the lesson's pages and the quiz rules, to the first question.
    var screen = try session.readScreen()
    while !screen.contains("Question 1 of") {
      session.send("")
      screen = try session.readScreen()
    }
    let floor = try BareCommit(path: setup.folder + "/bare.sqlite")
    var enterTimes: [Double] = []
    var commitTimes: [Double] = []
    for number in 1...answers {
      let (shown, seconds) = try timed {
        session.send("t")
        return try session.readScreen()
      }
      let expected = number < answers ? "Question \(number + 1) of \(answers)" : "Submit attempt 1"
      guard shown.contains(expected) else { throw BenchmarkError("after answer \(number) the screen was: \(shown.suffix(300))") }
      enterTimes.append(seconds)
      commitTimes.append(try floor.commit())
    }
    session.finish()
    let (enter, bare) = (Percentiles(enterTimes), Percentiles(commitTimes))
    print(
      "Enter to next screen:  \(decimal(enter.median * 1e6, 0)) µs median, \(decimal(enter.at(0.9) * 1e6, 0)) µs p90, "
        + "\(decimal(enter.p99 * 1e6, 0)) µs p99 "
        + "(\(answers) answers, each committed with its bookmark, synchronous=FULL, ledger on disk)")
    print(
      "bare SQLite commit:    \(decimal(bare.median * 1e6, 0)) µs median, \(decimal(bare.at(0.9) * 1e6, 0)) µs p90, "
        + "\(decimal(bare.p99 * 1e6, 0)) µs p99 (one row, WAL, synchronous=FULL, same run: the floor)")
    print("ratio Enter / floor:   \(decimal(enter.p99 / bare.p99))x p99, \(decimal(enter.median / bare.median))x median (target p99 <= 1.5x)")
  }
}
