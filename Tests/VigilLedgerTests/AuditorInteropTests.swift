import Foundation
import Testing
import VigilGrading
import VigilLedger
import VigilSigning
import VigilTestSupport

/// A board's auditor recomputes the chain without Vigil: `scripts/audit-ledger.py` (Python's sqlite3,
/// json and hashlib only) checks every hash and link of a ledger Vigil wrote, and finds a changed byte.
@Suite(.enabled(if: CommandRunner.isInstalled("python3"), "python3 is needed for the auditor's script"))
struct AuditorInteropTests {
  private static let script = Repository.path("scripts/audit-ledger.py")

  /// A ledger with every kind of event that has a row: learners (one corrected, one given extra time), licenses (one renewed),
  /// an attempt with responses (one answer changed), its grade, a completion with sample credit.
  private func populated() throws -> LedgerFixture {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let ana = try ledger.addLearner(name: "Ana Díaz", email: "ana@example.org")
    _ = try ledger.addLearner(name: "王芳")
    try ledger.updateLearner(id: ana.id, name: "Ana María Díaz")
    try ledger.updateLearner(id: ana.id, extraTimePercent: 50)
    let license = try ledger.addLicense(LedgerFixture.profile(), learnerID: ana.id)
    try ledger.updateLicense(license.key, expires: LedgerFixture.date("2029-01-31"))
    let attempt = try ledger.startAttempt(LedgerFixture.newAttempt(learnerID: ana.id))
    for (sequence, typed) in [(1, "a"), (2, "b")] {
      try ledger.recordResponse(
        NewResponse(
          attemptID: attempt.id, questionID: "q1", sequence: sequence, typed: typed, response: .choice(id: typed),
          savedAt: .init(secondsSinceEpoch: 1_780_000_100 + Int64(sequence))))
    }
    try ledger.finishAttempt(id: attempt.id, grade: LedgerFixture.grade(), finishedAt: .init(secondsSinceEpoch: 1_780_000_900))
    var completion = LedgerFixture.completion(learnerID: ana.id, attemptID: attempt.id)
    completion.approvals = [
      .init(approver: "TX-HHSC", number: "HT-2026-01", statement: "Approved \"as is\".", hundredthsOfHour: 100,
            minutesPerHour: 60, isExample: true)
    ]
    try ledger.recordCompletion(completion, credits: [LicenseCredits(license: license.key, credits: [LedgerFixture.credit()])])
    return fixture
  }

  private func audit(_ path: String, _ extra: [String] = []) throws -> CommandResult {
    try CommandRunner.run("python3", [Self.script, path] + extra)
  }

  @Test func theAuditorAgreesWithVerify() throws {
    let fixture = try populated()
    let ledger = try fixture.open(mode: .existing)
    let report = try ledger.verify()
    #expect(report.isIntact, "\(String(describing: report.problem))")
    let result = try audit(fixture.path)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let head = try #require(try ledger.head())
    #expect(result.output == "audit: \(report.eventCount) events verify; head \(head)\n")
    #expect(try audit(fixture.path, ["--since", "\(head)"]).status == 0)
  }

  @Test func theAuditorFindsAChangedByteInAnyEvent() throws {
    let fixture = try populated()
    let count = Int(try fixture.sqlite("SELECT count(*) FROM events").trimmingCharacters(in: .newlines)) ?? 0
    #expect(count == 13)  // 12 with a row, and the accommodation
    for seq in 1...count {
      let copy = fixture.directory.appending("copy-\(seq).sqlite")
      try FileManager.default.copyItem(atPath: fixture.path, toPath: copy)
      // Change one character in the middle of the body: it becomes `a` (or `b` where it was `a`).
      try fixture.sqlite(
        """
        DROP TRIGGER events_no_update;
        UPDATE events SET body = substr(body, 1, length(body) / 2 - 1)
          || (CASE substr(body, length(body) / 2, 1) WHEN 'a' THEN 'b' ELSE 'a' END)
          || substr(body, length(body) / 2 + 1) WHERE seq = \(seq);
        """, path: copy)
      let result = try audit(copy)
      #expect(result.status == 1, "event \(seq): \(result.output)")
      #expect(result.output.hasPrefix("audit: event \(seq): "), "event \(seq): \(result.output)")
    }
  }

  @Test func theAuditorFindsARowThatDisagreesWithItsEvent() throws {
    let fixture = try populated()
    try fixture.tamper("UPDATE credits SET minutes = 600")
    let result = try audit(fixture.path)
    #expect(result.status == 1)
    #expect(result.output == "audit: credits row 1 does not match its event\n")
  }

  /// A board's ledger (schema versions 3 and 6): a provider trusted, its key rotated and the provider
  /// removed, a roster imported and renewed, a batch with a head and its records.
  private func boardLedger() throws -> LedgerFixture {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let keys = BoardFixture.keys()
    try ledger.trustProvider(name: "acme-ce", keys: keys)
    try ledger.trustProvider(name: "acme-ce", keys: JWKSet(keys: BoardFixture.keys().keys + keys.keys))
    _ = try ledger.importRoster { roster in _ = try roster.put(BoardFixture.rostered("100001")) }
    var renewed = BoardFixture.rostered("100001", name: "Ana María Example")
    renewed.profile.expires = LedgerFixture.date("2029-01-31")
    _ = try ledger.importRoster { roster in _ = try roster.put(renewed) }
    let original = BoardFixture.record("original")
    let revocation = BoardFixture.record("revocation", kind: .revocation, replaces: original.hash, reason: "issued in error")
    _ = try ledger.importBatch(
      BoardFixture.batch(head: BatchHead(head: BoardFixture.head(2), proof: nil)), records: [original, revocation])
    try ledger.removeProvider(name: "acme-ce")
    return fixture
  }

  @Test func theAuditorChecksTheBoardTables() throws {
    let fixture = try boardLedger()
    let ledger = try fixture.open(mode: .existing)
    let report = try ledger.verify()
    #expect(report.isIntact, "\(String(describing: report.problem))")
    #expect(report.eventCount == 9)  // created, trusted, keys added, licensed, updated, records, head, batch, removed
    let result = try audit(fixture.path)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output == "audit: \(report.eventCount) events verify; head \(try #require(try ledger.head()))\n")
  }

  @Test(arguments: [
    ("trusted_providers", "UPDATE trusted_providers SET name = 'other-ce'"),
    ("trusted_providers", "UPDATE trusted_providers SET key_set = json_remove(key_set, '$.keys[0]')"),
    ("roster_licenses", "UPDATE roster_licenses SET expires = '2031-01-31'"),
    ("imported_batches", "UPDATE imported_batches SET format = 'csv'"),
    ("provider_heads", "UPDATE provider_heads SET sequence = 3"),
  ])
  func theAuditorAndVerifyFindAChangedBoardRow(table: String, edit: String) throws {
    let fixture = try boardLedger()
    try fixture.tamper(edit)
    let result = try audit(fixture.path)
    #expect(result.status == 1)
    #expect(result.output == "audit: \(table) row 1 does not match its latest event\n")
    let problem = try #require(try fixture.open(mode: .readOnly).verify().problem)
    #expect(problem.table == table && problem.rowID == 1, "\(problem)")
  }

  /// The board's records (schema version 4) are covered by their `records.imported/1` event (event 6
  /// here) through their ids and hashes, and each hash by the record's fields: a changed field, a
  /// changed key, a deleted row, an added row and a renumbered row are each found by both checkers.
  @Test(arguments: [
    (
      "UPDATE board_records SET approval_minutes = 600 WHERE id = 1",
      "audit: board_records row 1: its hash is not the hash of its fields\n", Int64(1)
    ),
    (
      "UPDATE board_records SET hash_key = hash_key + 1 WHERE id = 2",
      "audit: board_records row 2: its hash key or identity key is not the one its values give\n", 2
    ),
    ("DELETE FROM board_records WHERE id = 2", "audit: event 6: board_records row 2 is missing\n", 1),
    (
      "INSERT INTO board_records SELECT 3, provider_id, batch_id, hash, kind, certificate, board, license_type, "
        + "license_number, approver, approval_number, approval_minutes, awarded_hundredths, completed_on, course_id, "
        + "course_title, course_version, learner_name, reason, replaces, topics, verified, hash_key, identity_key "
        + "FROM board_records WHERE id = 1",
      "audit: board_records row 3 has no event in the chain\n", 3
    ),
    (
      "UPDATE board_records SET id = 7 WHERE id = 2",
      "audit: event 6: board_records row 2 is missing\n", 1
    ),
  ])
  func theAuditorAndVerifyFindAChangedBoardRecord(edit: String, audited: String, row: Int64) throws {
    let fixture = try boardLedger()
    try fixture.tamper(edit)
    let result = try audit(fixture.path)
    #expect(result.status == 1)
    #expect(result.output == audited)
    let problem = try #require(try fixture.open(mode: .readOnly).verify().problem)
    #expect(problem.table == "board_records" && problem.rowID == row, "\(problem)")
  }

  /// Every column of a board record counts: changed on the revocation (row 2, which has a reason and
  /// a `replaces`), each is found by `vigil ledger verify` and by the auditor's script.
  @Test(arguments: [
    "provider_id = provider_id + 1", "batch_id = batch_id + 1", "hash = replace(hash, substr(hash, 1, 1), 'f')",
    "kind = 'completion', reason = NULL", "certificate = certificate || 'X'", "board = 'fl-bon'",
    "license_type = 'LVN'", "license_number = license_number || '9'", "approver = approver || 'X'",
    "approval_number = approval_number || 'X'", "approval_minutes = approval_minutes + 1",
    "awarded_hundredths = awarded_hundredths + 1", "completed_on = '2026-03-03'", "course_id = course_id || 'x'",
    "course_title = course_title || 'x'", "course_version = '1.1'", "learner_name = learner_name || 'x'",
    "reason = reason || 'x'", "replaces = NULL", "topics = '[\"other\"]'", "verified = 1 - verified",
    "hash_key = hash_key - 1", "identity_key = identity_key + 1",
    // Values that read back otherwise than they are stored, or that are not of their form.
    "learner_name = learner_name || char(0) || 'Mallory'", "certificate = certificate || char(0)",
    "hash = 'z' || substr(hash, 2)", "topics = '[\"human-trafficking\", 1]'",
  ])
  func everyColumnOfABoardRecordIsCovered(change: String) throws {
    let fixture = try boardLedger()
    try fixture.tamper("UPDATE board_records SET \(change) WHERE id = 2")
    #expect(try fixture.sqlite("SELECT count(*) FROM board_records WHERE id = 2") == "1\n")
    let result = try audit(fixture.path)
    #expect(result.status == 1, "\(change): \(result.output)")
    #expect(result.output.hasPrefix("audit: ") && result.output.filter { $0 == "\n" }.count == 1, "\(change): \(result.output)")
    #expect(result.error.isEmpty, "\(change): \(result.error)")
    let problem = try #require(try fixture.open(mode: .readOnly).verify().problem, "\(change)")
    #expect(problem.table == "board_records" || problem.table == "imported_batches", "\(change): \(problem)")
  }

  /// A record's topics are hashed in the order stored (sorted when imported): the same topics reordered
  /// behind the ledger's back are found by both checkers.
  @Test func reorderedTopicsAreFoundByBoth() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    try ledger.trustProvider(name: "acme-ce", keys: BoardFixture.keys())
    let record = BoardFixture.record("two topics", topics: ["human-trafficking", "nursing-jurisprudence-ethics"])
    #expect(try ledger.importBatch(BoardFixture.batch(), records: [record]) == .imported(batchID: 1, added: 1, unchanged: 0))
    try fixture.tamper(#"UPDATE board_records SET topics = '["nursing-jurisprudence-ethics","human-trafficking"]'"#)
    let result = try audit(fixture.path)
    #expect(result.status == 1 && result.output == "audit: board_records row 1: its hash is not the hash of its fields\n")
    let problem = try #require(try fixture.open(mode: .readOnly).verify().problem)
    #expect(problem.table == "board_records" && problem.rowID == 1, "\(problem)")
  }
}

