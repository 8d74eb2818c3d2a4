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
    let bare = try bareDatabase(path: folder + "/bare.sqlite")
    var saveTimes: [Double] = []
    var commitTimes: [Double] = []
    for index in 0..<saves {
      let response = NewResponse(
        attemptID: attempt.id, questionID: "q\(index % 20 + 1)", sequence: index / 20 + 1, typed: "b",
        response: .choice(id: "b"), savedAt: Timestamp(secondsSinceEpoch: 1_800_000_000 + Int64(index)))
      let (_, save) = try timed { try ledger.recordResponse(response) }
      let (_, commit) = try timed {
        try bare.writeWithoutTransaction { db in
          try db.inTransaction(.immediate) {
            try db.execute(sql: "INSERT INTO rows (question, typed) VALUES (?, ?)", arguments: ["q\(index % 20 + 1)", "b"])
            return .commit
          }
        }
      }
      saveTimes.append(save)
      commitTimes.append(commit)
    }
    let saveMedian = median(saveTimes)
    let commitMedian = median(commitTimes)
    print(
      "response save:         \(decimal(saveMedian * 1e6, 1)) µs median, \(decimal(percentile(saveTimes, 0.99) * 1e6, 1)) µs p99 "
        + "(\(saves) saves, each its row and event, synchronous=FULL)")
    print(
      "bare SQLite commit:    \(decimal(commitMedian * 1e6, 1)) µs median, \(decimal(percentile(commitTimes, 0.99) * 1e6, 1)) µs p99 "
        + "(one row, WAL, synchronous=FULL, same run)")
    print(
      "ratio save / commit:   \(decimal(saveMedian / commitMedian))x median, "
        + "\(decimal(percentile(saveTimes, 0.99) / percentile(commitTimes, 0.99)))x p99 (target <= 1.5x)")
  }

  /// A one-table database set up as the ledger is: WAL set once on the file, then every connection with
  /// synchronous=FULL, cell_size_check and foreign keys. (GRDB's `.wal` journal mode would lower
  /// synchronous to NORMAL, which skips the fsync that is the floor's whole cost.)
  static func bareDatabase(path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = FULL")
      try db.execute(sql: "PRAGMA cell_size_check = ON")
    }
    let bare = try DatabaseQueue(path: path, configuration: configuration)
    try bare.writeWithoutTransaction { db in
      _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
      try db.execute(sql: "CREATE TABLE rows (id INTEGER PRIMARY KEY, question TEXT NOT NULL, typed TEXT NOT NULL) STRICT")
    }
    let (journal, synchronous) = try bare.read { db in
      (try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "?", try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1)
    }
    guard journal == "wal", synchronous == 2 else {
      throw BenchmarkError("the bare database runs journal_mode=\(journal), synchronous=\(synchronous), not wal and FULL (2)")
    }
    return bare
  }

  static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

  static func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))]
  }
}
