import Foundation
import Testing
import VigilBase
import VigilLedger
import VigilTestSupport

/// A provider's record hashes stay unique without a trigger (schema version 5): an import leaves a
/// record it holds unchanged, and a copy slipped in behind the ledger's back, its event and every link
/// after it recomputed, is found by `vigil ledger verify` and by the auditor's script.
@Suite struct BoardRecordHashUniquenessTests {
  @Test func aRecordHeldIsLeftUnchangedInTheSameBatchAndLater() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    try ledger.trustProvider(name: "acme-ce", keys: BoardFixture.keys())
    let record = BoardFixture.record("a")
    #expect(
      try ledger.importBatch(BoardFixture.batch(), records: [record, record])
        == .imported(batchID: 1, added: 1, unchanged: 1))
    #expect(
      try ledger.importBatch(BoardFixture.batch(file: "batch-2"), records: [record]) == .unchanged(records: 1))
    #expect(try fixture.sqlite("SELECT count(*) FROM board_records") == "1\n")
    #expect(try fixture.sqlite("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'board_records_unique_hash'") == "0\n")
    #expect(try ledger.verify().isIntact)
  }

  @Test(.enabled(if: CommandRunner.isInstalled("python3"))) func aCopyWithARecomputedChainIsFoundByBoth() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    try ledger.trustProvider(name: "acme-ce", keys: BoardFixture.keys())
    let records = [BoardFixture.record("a"), BoardFixture.record("b", number: "100002")]
    #expect(try ledger.importBatch(BoardFixture.batch(), records: records) == .imported(batchID: 1, added: 2, unchanged: 0))
    let first = try fixture.sqlite("SELECT hash FROM board_records WHERE id = 1").trimmingCharacters(in: .newlines)
    let second = try fixture.sqlite("SELECT hash FROM board_records WHERE id = 2").trimmingCharacters(in: .newlines)
    let columns =
      "hash, kind, certificate, board, license_type, license_number, approver, approval_number, approval_minutes, "
      + "awarded_hundredths, completed_on, course_id, course_title, course_version, learner_name, reason, replaces, topics, "
      + "hash_key, identity_key"
    try fixture.tamper(
      "UPDATE board_records SET (\(columns)) = (SELECT \(columns) FROM board_records WHERE id = 1) WHERE id = 2")
    // The event's digest is SHA-256 over each row's id, a space, its hash and a line feed.
    try fixture.rewriteChain(
      replacing: Self.sha256Hex("1 \(first)\n2 \(second)\n"), with: Self.sha256Hex("1 \(first)\n2 \(first)\n"))
    let problem = try #require(try fixture.open(mode: .existing).verify().problem)
    #expect(problem.table == "board_records" && problem.rowID == 2)
    #expect(problem.reason == "its provider's record 1 has the same hash: a record is stored once, so one was added behind the ledger's back")
    let audit = try CommandRunner.run("python3", [Repository.path("scripts/audit-ledger.py"), fixture.path])
    #expect(audit.status != 0)
    #expect(audit.output == "audit: board_records row 2: its provider already has a record with its hash\n", "\(audit.output)\(audit.error)")
  }

  /// SHA-256 of a text's UTF-8, in lowercase hex, as Python's `hashlib` gives it.
  private static func sha256Hex(_ text: String) throws -> String {
    let result = try CommandRunner.run(
      "python3", ["-c", "import hashlib, sys; print(hashlib.sha256(sys.argv[1].encode()).hexdigest(), end='')", text])
    guard result.status == 0 else { throw FixtureError("python3 failed: \(result.error)") }
    return result.output
  }
}
