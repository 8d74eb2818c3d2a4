import BenchmarkSupport
import Foundation
import GRDB
import VigilGrading
import VigilLedger

/// One response save (its checks, its row and its event, committed with the ledger's synchronous=FULL)
/// beside one bare SQLite commit of one row with the same settings (WAL, synchronous=FULL, BEGIN
/// IMMEDIATE), interleaved in the same run on the same disk. Target: the save within 1.5x of the commit.
enum ResponseSaveTiming {
  static func run(folder: String, saves: Int) throws {
    let ledger = try Ledger(path: folder + "/responses.sqlite")
    let learner = try ledger.addLearner(name: "Benchmark Learner")
    let questions = (1...20).map { PresentedQuestion(questionID: "q\($0)", sectionID: "main") }
    let attempt = try ledger.startAttempt(
      NewAttempt(
        learnerID: learner.id, courseID: "benchmark", courseVersion: "1.0", contentDigest: "sha256:benchmark",
        attempt: RealisedAttempt(quizID: "final", seed: 1, questions: questions),
        startedAt: Timestamp(secondsSinceEpoch: 1_800_000_000)))
    let bare = try BareCommit(path: folder + "/bare.sqlite")
    var saveTimes: [Double] = []
    var commitTimes: [Double] = []
    for index in 0..<saves {
      let response = NewResponse(
        attemptID: attempt.id, questionID: "q\(index % 20 + 1)", sequence: index / 20 + 1, typed: "b",
        response: .choice(id: "b"), savedAt: Timestamp(secondsSinceEpoch: 1_800_000_000 + Int64(index)))
      let (_, save) = try timed { try ledger.recordResponse(response) }
      let commit = try bare.commit()
      saveTimes.append(save)
      commitTimes.append(commit)
    }
    let (save, floor) = (Percentiles(saveTimes), Percentiles(commitTimes))
    print(
      "response save:         \(decimal(save.median * 1e6, 1)) µs median, \(decimal(save.p99 * 1e6, 1)) µs p99 "
        + "(\(saves) saves, each its row and event, synchronous=FULL)")
    print(
      "bare SQLite commit:    \(decimal(floor.median * 1e6, 1)) µs median, \(decimal(floor.p99 * 1e6, 1)) µs p99 "
        + "(one row, WAL, synchronous=FULL, same run)")
    print(
      "ratio save / commit:   \(decimal(save.median / floor.median))x median, \(decimal(save.p99 / floor.p99))x p99 "
        + "(target <= 1.5x)")
  }
}
