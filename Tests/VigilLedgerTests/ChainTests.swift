import Foundation
import Testing
import VigilLedger
import VigilTestSupport

/// The hash chain: `verify` names the first row changed behind the ledger's back (here, with the sqlite3 shell).
@Suite struct ChainTests {
  /// A ledger with two learners, two licenses and a completion with two credits.
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

  private func problem(after sql: String) throws -> ChainProblem? {
    let fixture = try populated()
    #expect(try fixture.open().verify().isIntact)
    try fixture.sqlite(sql)
    return try fixture.open(mode: .existing).verify().problem
  }

  @Test func intactLedgerVerifies() throws {
    let report = try populated().open().verify()
    #expect(report.isIntact)
    #expect(report.eventCount == 5)
    #expect(report.recordCount == 7)
    #expect(report.headHash?.count == 64)
  }

  @Test func emptyLedgerVerifies() throws {
    #expect(
      try LedgerFixture().open().verify() == ChainReport(eventCount: 0, recordCount: 0, headHash: nil, problem: nil))
  }

  @Test func editedLearnerIsNamed() throws {
    let problem = try #require(try problem(after: "UPDATE learners SET name = 'Mallory' WHERE id = 2"))
    #expect(problem.table == "learners" && problem.rowID == 2 && problem.eventID == 2)
    #expect(problem.description == "learners row 2: it does not match event 2: it was changed behind the ledger's back")
  }

  @Test func editedLicenseAttributesAreNamed() throws {
    let problem = try #require(try problem(after: "UPDATE licenses SET attributes = '[]' WHERE id = 1"))
    #expect(problem.table == "licenses" && problem.rowID == 1)
  }

  @Test func editedCreditIsNamedEvenWithTheTriggerDropped() throws {
    let fixture = try populated()
    let refused = try CommandRunner.run(
      "/usr/bin/sqlite3", [fixture.path, "UPDATE credits SET minutes = 600 WHERE id = 2"])
    #expect(refused.status != 0 && refused.error.contains("credits are append-only"))
    try fixture.sqlite("DROP TRIGGER credits_no_update; UPDATE credits SET minutes = 600 WHERE id = 2")
    let problem = try #require(try fixture.open(mode: .existing).verify().problem)
    #expect(problem.table == "credits" && problem.rowID == 2 && problem.eventID == 5)
  }

  @Test func editedCompletionIsNamed() throws {
    let problem = try #require(
      try problem(after: "DROP TRIGGER completions_no_update; UPDATE completions SET completed_on = '2025-01-01'"))
    #expect(problem.table == "completions" && problem.rowID == 1 && problem.eventID == 5)
  }

  @Test func rowAddedBehindTheLedgersBackIsNamed() throws {
    let problem = try #require(try problem(after: "INSERT INTO learners (name) VALUES ('Ghost')"))
    #expect(problem.table == "learners" && problem.rowID == 3 && problem.eventID == nil)
  }

  @Test func deletedRowIsNamed() throws {
    let problem = try #require(try problem(after: "DELETE FROM licenses WHERE id = 2"))
    #expect(problem.table == "licenses" && problem.rowID == 2 && problem.eventID == 4)
  }

  @Test func deletedCreditIsNamedThroughItsCompletion() throws {
    let problem = try #require(try problem(after: "DROP TRIGGER credits_no_delete; DELETE FROM credits WHERE id = 1"))
    #expect(problem.table == "completions" && problem.rowID == 1)
  }

  @Test func editedEventContentIsNamed() throws {
    let problem = try #require(
      try problem(
        after: "DROP TRIGGER events_no_update; UPDATE events SET content = replace(content, 'Ana', 'Eve') WHERE id = 1")
    )
    #expect(problem.table == "events" && problem.rowID == 1)
    #expect(problem.reason.contains("content does not match"))
  }

  @Test func coverUpWithRecomputedHashesStillBreaksTheNextLink() throws {
    // Someone changes a learner, rewrites its event and recomputes both of the event's hashes; the
    // next event still links to the old hash.
    let fixture = try populated()
    let fields = try fixture.sqlite(
      "SELECT previous_hash, id, kind, record_table, record_id, recorded_at, content FROM events WHERE id = 2"
    )
    .dropLast().split(separator: "|", maxSplits: 6).map(String.init)
    let content = fields[6].replacingOccurrences(of: "Okafor", with: "Mallory")
    let contentHash = try sha256(content)
    let hash = try sha256((fields[0...5] + [contentHash]).joined(separator: "\n"))
    try fixture.sqlite(
      """
      DROP TRIGGER events_no_update;
      UPDATE learners SET name = replace(name, 'Okafor', 'Mallory') WHERE id = 2;
      UPDATE events SET content = '\(content.replacingOccurrences(of: "'", with: "''"))', content_hash = '\(contentHash)',
        hash = '\(hash)' WHERE id = 2;
      """)
    let problem = try #require(try fixture.open(mode: .existing).verify().problem)
    #expect(problem.table == "events" && problem.rowID == 3)
    #expect(problem.reason == "it does not link to event 2: an event was removed, inserted or edited")
  }

  /// SHA-256 of text as lowercase hex, from coreutils' sha256sum (independent of the ledger's code).
  private func sha256(_ text: String) throws -> String {
    let result = try CommandRunner.run("sha256sum", [], input: text)
    return String(result.output.prefix(64))
  }

  @Test func deletedEventIsNamed() throws {
    let problem = try #require(try problem(after: "DROP TRIGGER events_no_delete; DELETE FROM events WHERE id = 3"))
    #expect(problem.table == "events" && problem.rowID == 4)
    #expect(problem.reason.contains("ids jump from 2 to 4"))
  }

  @Test func cutOffLastEventIsNamed() throws {
    let problem = try #require(try problem(after: "DROP TRIGGER events_no_delete; DELETE FROM events WHERE id = 5"))
    #expect(problem.table == "completions" && problem.rowID == 1 && problem.eventID == nil)
  }

  @Test func canonicalContentIsSortedEscapedJSON() throws {
    let fixture = try populated()
    let content = try fixture.sqlite("SELECT content FROM events WHERE id = 2")
    #expect(
      content == #"{"birthDay":null,"birthMonth":null,"email":null,"id":2,"name":"Ben \"Benny\" Okafor\\"}"# + "\n")
    let completion = try fixture.sqlite("SELECT content FROM events WHERE id = 5")
    #expect(
      completion.hasPrefix(
        #"{"attempt":null,"completedOn":"2026-03-02","course":"human-trafficking-healthcare","credits":[{"approvalNumber":"HT-2026-01","approver":"TX-HHSC","board":"tx-bon","id":1,"license":1,"minutes":60,"topics":["human-trafficking"]}"#
      ))
    #expect(try fixture.sqlite("SELECT count(*) FROM events WHERE json_valid(content)") == "5\n")
  }
}
