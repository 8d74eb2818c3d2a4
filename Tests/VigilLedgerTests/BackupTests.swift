import Foundation
import Testing
import VigilLedger
import VigilTestSupport

/// Online backup: the copy holds the same rows, verifies, and never replaces a file unasked.
@Suite struct BackupTests {
  /// Every row of every table, as the sqlite3 shell dumps them.
  private func rows(_ fixture: LedgerFixture, path: String) throws -> String {
    var dump = ""
    for table in [
      "ledger", "learners", "licenses", "attempts", "responses", "completions", "credits", "events", "grdb_migrations",
    ] {
      dump += try fixture.sqlite("SELECT * FROM \(table) ORDER BY rowid", path: path)
    }
    return dump
  }

  private func populated() throws -> (LedgerFixture, Ledger) {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let ana = try ledger.addLearner(name: "Ana Ruiz")
    let license = try ledger.addLicense(LedgerFixture.profile(), learnerID: ana.id)
    let attempt = try ledger.startAttempt(LedgerFixture.newAttempt(learnerID: ana.id))
    try ledger.recordResponse(
      NewResponse(
        attemptID: attempt.id, questionID: "q1", sequence: 1, typed: "b", response: .choice(id: "b"),
        savedAt: .init(secondsSinceEpoch: 5)))
    try ledger.finishAttempt(id: attempt.id, grade: LedgerFixture.grade(), finishedAt: .init(secondsSinceEpoch: 9))
    try ledger.recordCompletion(
      LedgerFixture.completion(learnerID: ana.id, attemptID: attempt.id),
      credits: [LicenseCredits(license: license.key, credits: [LedgerFixture.credit()])])
    return (fixture, ledger)
  }

  @Test func backupRoundTripsEveryRowAndVerifies() throws {
    let (fixture, ledger) = try populated()
    let copyPath = fixture.directory.appending("backups/copy.sqlite")
    try FileManager.default.createDirectory(
      atPath: fixture.directory.appending("backups"), withIntermediateDirectories: true)
    let report = try ledger.backup(to: copyPath)
    // ledger created, learner, license, attempt started, response, attempt graded, completion, credit.
    #expect(report.isIntact && report.eventCount == 8)
    #expect(try rows(fixture, path: copyPath) == rows(fixture, path: fixture.path))
    let copy = try Ledger(path: copyPath, mode: .existing)
    #expect(try copy.verify() == ledger.verify())
    #expect(try copy.credits(for: LicenseKey(parsing: "tx-bon:RN:123456")) == [LedgerFixture.credit()])
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.directory.appending("backups"))
    #expect(leftovers.allSatisfy { !$0.contains("partial") })
  }

  @Test func backupRefusesToReplaceAFileUnlessAsked() throws {
    let (fixture, ledger) = try populated()
    let existing = fixture.directory.write("keep.sqlite", "precious")
    let error = #expect(throws: LedgerError.self) { try ledger.backup(to: existing) }
    #expect(error?.code == .invalidValue)
    #expect(try String(contentsOfFile: existing, encoding: .utf8) == "precious")
    try ledger.backup(to: existing, replacing: true)
    #expect(try Ledger(path: existing, mode: .existing).verify().eventCount == 8)
  }

  @Test func backupRefusesTheLedgerItself() throws {
    let (fixture, ledger) = try populated()
    let error = #expect(throws: LedgerError.self) { try ledger.backup(to: fixture.path, replacing: true) }
    #expect(error?.code == .invalidValue)
    #expect(try ledger.verify().isIntact)
  }

  @Test func backupOfATamperedLedgerFailsAndLeavesNoFile() throws {
    let (fixture, ledger) = try populated()
    try fixture.sqlite("UPDATE learners SET name = 'Mallory'")
    let copyPath = fixture.directory.appending("copy.sqlite")
    let error = #expect(throws: LedgerError.self) { try ledger.backup(to: copyPath) }
    #expect(error?.code == .backupFailed)
    #expect(error?.message.contains("learners row 1") == true)
    #expect(!FileManager.default.fileExists(atPath: copyPath))
    let files = try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path)
    #expect(files.allSatisfy { !$0.contains("partial") })
  }

  @Test func backupIntoAMissingFolderFails() throws {
    let (fixture, ledger) = try populated()
    let error = #expect(throws: LedgerError.self) {
      try ledger.backup(to: fixture.directory.appending("no/such/folder/copy.sqlite"))
    }
    #expect(error?.code == .backupFailed)
  }
}
