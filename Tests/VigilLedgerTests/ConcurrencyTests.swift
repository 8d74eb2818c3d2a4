import Foundation
import Testing
import VigilLedger
import VigilTestSupport

/// Several processes writing to one ledger at once: none fails with "database is locked", none loses a row.
@Suite struct ConcurrencyTests {
  @Test func eightProcessesWritingResponsesLoseNothing() throws {
    let writer = try #require(
      BuiltProgram.path("ledger-writer"), "ledger-writer was not built; run swift build --build-tests")
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let attempt = try ledger.startAttempt(
      LedgerFixture.newAttempt(learnerID: try ledger.addLearner(name: "Ana").id, questions: 5))
    let workers = 8
    let perWorker = 200
    let processes = try (0..<workers).map { worker in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: writer)
      process.arguments = ["responses", fixture.path, String(attempt.id), String(worker), String(perWorker)]
      let output = Pipe()
      let errors = Pipe()
      process.standardOutput = output
      process.standardError = errors
      try process.run()
      return (process, output, errors)
    }
    for (process, output, errors) in processes {
      let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      let failed = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(failed)")
      #expect(printed == "stored=\(perWorker) already=\(perWorker) learners=\(perWorker / 10)\n", "\(failed)")
    }
    let stored = try ledger.attempt(id: attempt.id).record.responses
    #expect(stored.count == workers * perWorker)
    #expect(try fixture.sqlite("SELECT count(DISTINCT typed) FROM responses") == "\(workers * perWorker)\n")
    let report = try ledger.verify()
    #expect(report.isIntact)
    // ledger created, Ana, the attempt started, then per worker one event per response stored and one
    // per learner added (every 10th response).
    #expect(report.eventCount == 3 + workers * perWorker + workers * perWorker / 10)
  }
}
