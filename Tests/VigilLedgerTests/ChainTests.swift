import Foundation
import Testing
import VigilLedger
import VigilTestSupport

/// The hash chain: `verify` names the first row or event changed behind the ledger's back (here, with
/// the sqlite3 shell, by someone who knows the schema and puts the triggers back).
@Suite struct ChainTests {
  /// A ledger with two learners, two licenses and a completion with two credits: events 1 ledger
  /// created, 2–3 learners, 4–5 licenses, 6 the completion, 7–8 its credits.
  private func populated() throws -> LedgerFixture {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let ana = try ledger.addLearner(name: "Ana Ruiz", email: "ana@example.org")
    let ben = try ledger.addLearner(name: "Ben \"Benny\" Okafor\\")
    let license = try ledger.addLicense(LedgerFixture.profile(), learnerID: ana.id)
    try ledger.addLicense(LedgerFixture.profile("555"), learnerID: ben.id)
    try ledger.recordCompletion(
      LedgerFixture.completion(learnerID: ana.id),
      credits: [
        LicenseCredits(license: license.key, credits: [LedgerFixture.credit(), LedgerFixture.credit(approver: "ANCC")])
      ])
    return fixture
  }

  private func problem(afterTampering sql: String) throws -> ChainProblem? {
    let fixture = try populated()
    #expect(try fixture.open().verify().isIntact)
    try fixture.tamper(sql)
    return try fixture.open(mode: .existing).verify().problem
  }

  @Test func intactLedgerVerifies() throws {
    let report = try populated().open().verify()
    #expect(report.isIntact, "\(String(describing: report.problem))")
    #expect(report.eventCount == 8)
    #expect(report.recordCount == 8)
    #expect(report.headHash?.count == 64)
  }

  @Test func emptyLedgerVerifies() throws {
    #expect(
      try LedgerFixture().open().verify() == ChainReport(eventCount: 0, recordCount: 0, headHash: nil, problem: nil))
  }

  @Test func editedLearnerIsNamed() throws {
    let problem = try #require(try problem(afterTampering: "UPDATE learners SET name = 'Mallory' WHERE id = 2"))
    #expect(problem.description == "learners row 2: it does not match event 3: it was changed behind the ledger's back")
  }

  @Test func editedLicenseAttributesAreNamed() throws {
    let problem = try #require(try problem(afterTampering: "UPDATE licenses SET attributes = '[]' WHERE id = 1"))
    #expect(problem.table == "licenses" && problem.rowID == 1 && problem.eventID == 4)
  }

  @Test func triggersRefuseEditsAndCreditEditsAreNamed() throws {
    let fixture = try populated()
    let refused = try CommandRunner.run("/usr/bin/sqlite3", [fixture.path, "UPDATE credits SET minutes = 600 WHERE id = 2"])
    #expect(refused.status != 0 && refused.error.contains("credits are append-only"))
    try fixture.tamper("UPDATE credits SET minutes = 600 WHERE id = 2")
    let problem = try #require(try fixture.open(mode: .existing).verify().problem)
    #expect(problem.table == "credits" && problem.rowID == 2 && problem.eventID == 8)
  }

  @Test func editedCompletionIsNamed() throws {
    let problem = try #require(try problem(afterTampering: "UPDATE completions SET completed_on = '2025-01-01'"))
    #expect(problem.table == "completions" && problem.rowID == 1 && problem.eventID == 6)
  }

  @Test func editedSnapshotIsNamed() throws {
    let problem = try #require(
      try problem(afterTampering: "UPDATE completions SET snapshot = replace(snapshot, 'Ana Ruiz', 'Eve Ruiz')"))
    #expect(problem.table == "completions" && problem.rowID == 1 && problem.eventID == 6)
  }

  @Test func rowAddedBehindTheLedgersBackIsNamed() throws {
    let problem = try #require(try problem(afterTampering: "INSERT INTO learners (name) VALUES ('Ghost')"))
    #expect(problem.table == "learners" && problem.rowID == 3 && problem.eventID == nil)
  }

  @Test func deletedRowIsNamed() throws {
    let problem = try #require(try problem(afterTampering: "DELETE FROM licenses WHERE id = 2"))
    #expect(problem.table == "licenses" && problem.eventID == 5)
    #expect(problem.reason.contains("missing"))
  }

  @Test func deletedCreditIsNamed() throws {
    let problem = try #require(try problem(afterTampering: "DELETE FROM credits WHERE id = 1"))
    #expect(problem.table == "credits" && problem.eventID == 7)
  }

  @Test func editedEventBodyIsNamed() throws {
    let problem = try #require(
      try problem(afterTampering: "UPDATE events SET body = replace(body, 'Ana', 'Eve') WHERE seq = 2"))
    #expect(problem.table == "events" && problem.rowID == 2)
    #expect(problem.reason == "its body does not match its hash: the event was edited")
  }

  @Test func aColumnThatDisagreesWithItsBodyIsNamed() throws {
    let problem = try #require(try problem(afterTampering: "UPDATE events SET stream = 'learner/9' WHERE seq = 2"))
    #expect(problem.table == "events" && problem.rowID == 2)
    #expect(problem.reason == "its columns do not agree with its body: the event was edited")
  }

  @Test func aRecomputedEventHashStillBreaksTheLink() throws {
    // The forger edits a learner and its event and recomputes the event's hash (with coreutils'
    // sha256sum, independent of the ledger's code); the next link still commits to the old hash.
    let fixture = try populated()
    let body = try fixture.sqlite("SELECT body FROM events WHERE seq = 3").dropLast()
    let edited = body.replacingOccurrences(of: "Okafor", with: "Mallory")
    let hash = try sha256(String(edited))
    try fixture.tamper(
      """
      UPDATE learners SET name = replace(name, 'Okafor', 'Mallory') WHERE id = 2;
      UPDATE events SET body = '\(edited.replacingOccurrences(of: "'", with: "''"))', event_hash = '\(hash)' WHERE seq = 3
      """)
    let problem = try #require(try fixture.open(mode: .existing).verify().problem)
    #expect(problem.table == "events" && problem.rowID == 3)
    #expect(problem.reason == "it does not link to event 2: an event was removed, inserted or edited")
  }

  @Test func deletedEventIsNamed() throws {
    let problem = try #require(try problem(afterTampering: "DELETE FROM events WHERE seq = 3"))
    #expect(problem.table == "events" && problem.rowID == 4)
    #expect(problem.reason.contains("jump from 2 to 4"))
  }

  @Test func cutOffLastEventLeavesARowWithoutItsEvent() throws {
    let problem = try #require(try problem(afterTampering: "DELETE FROM events WHERE seq = 8"))
    #expect(problem.table == "credits" && problem.rowID == 2 && problem.eventID == nil)
  }

  @Test func aTriggerSlippedInIsNamed() throws {
    let fixture = try populated()
    try fixture.sqlite(
      "CREATE TRIGGER rename AFTER INSERT ON learners BEGIN UPDATE learners SET name = 'X' WHERE id = new.id; END")
    let problem = try #require(try fixture.open(mode: .existing).verify().problem)
    #expect(problem.table == "schema")
    #expect(problem.reason == "the trigger rename is not one Vigil makes: it was added behind the ledger's back")
  }

  @Test func aDroppedTriggerIsNamed() throws {
    let fixture = try populated()
    try fixture.sqlite("DROP TRIGGER credits_no_update")
    let problem = try #require(try fixture.open(mode: .existing).verify().problem)
    #expect(problem.reason == "the trigger credits_no_update is missing: it was dropped behind the ledger's back")
  }

  /// SHA-256 of text as lowercase hex, from coreutils' sha256sum (independent of the ledger's code).
  private func sha256(_ text: String) throws -> String {
    String(try CommandRunner.run("sha256sum", [], input: text).output.prefix(64))
  }
}
