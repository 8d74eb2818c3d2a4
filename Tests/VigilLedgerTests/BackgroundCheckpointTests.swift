import Foundation
import GRDB
import Testing
import VigilGrading
import VigilTestSupport

@testable import VigilLedger

/// The write-ahead log is copied back into the ledger file off the commit path: the ledger's own
/// connection never checkpoints, and the file still takes the pages once the log passes 1,000.
@Suite(.timeLimit(.minutes(1))) struct BackgroundCheckpointTests {
  private func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
  }

  @Test func commitsNeverCheckpointAndTheBackgroundOneDoes() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    #expect(try ledger.queue.read { try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint") } == 0)
    let learner = try ledger.addLearner(name: "Ana Díaz")
    let attempt = try ledger.startAttempt(LedgerFixture.newAttempt(learnerID: learner.id, questions: 3))
    let before = fileSize(fixture.path)
    // Each save writes several log pages (its row, its event, their indexes): 400 pass 1,000 pages.
    for revision in 1...400 {
      try ledger.recordResponse(
        NewResponse(
          attemptID: attempt.id, questionID: "q1", sequence: revision, typed: "a", response: .choice(id: "a"),
          savedAt: Timestamp(secondsSinceEpoch: 1_780_000_000 + Int64(revision))))
    }
    var waited = 0
    while fileSize(fixture.path) <= before, waited < 100 {
      usleep(50_000)
      waited += 1
    }
    #expect(fileSize(fixture.path) > before, "the pages reached the ledger file")
    #expect(try ledger.verify().isIntact)
  }

  @Test func aLedgerOpenedReadOnlyLeavesCheckpointsToSQLite() throws {
    let fixture = LedgerFixture()
    _ = try fixture.open()
    let reader = try fixture.open(mode: .readOnly)
    #expect(try reader.queue.read { try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint") } == 1000)
  }
}
