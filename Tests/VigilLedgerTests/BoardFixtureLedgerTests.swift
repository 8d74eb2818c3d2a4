import Foundation
import Testing
import VigilBase
import VigilLedger
import VigilTestSupport

/// `Fixtures/ledger-v3-board.sqlite` is a board's ledger written by the `vigil` binary of schema
/// version 3 (`Fixtures/make-ledger-v3-board.sh`): a trusted provider, a roster of two, and an unsigned
/// batch of three records (one a revocation of another), each with its own `record.imported/1` event.
/// Opening it migrates it to version 5 (`v4-board-keys` rebuilds `board_records` with the keys it
/// is probed by, `v5-board-hash-by-lookup` drops its hash trigger). It must verify with the same head, find its records through those keys, and take new
/// batches, whose records get `records.imported/1` events.
@Suite struct BoardFixtureLedgerTests {
  /// The fixture's head when it was written.
  private static let head = "8:93c09ee5fe9ff305b49cc290b1e970ca3d8ce67fb38bc9b022fb229b7dfd1450"

  private func copy() throws -> LedgerFixture {
    let fixture = LedgerFixture()
    try FileManager.default.copyItem(
      atPath: Repository.path("Tests/VigilLedgerTests/Fixtures/ledger-v3-board.sqlite"), toPath: fixture.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: fixture.path)
    return fixture
  }

  private func batch(_ file: String) -> IncomingBatch {
    IncomingBatch(provider: "acme-ce", digest: BoardFixture.hash(file), format: "jsonl", isVerified: false)
  }

  @Test func theVersionThreeBoardLedgerMigratesVerifiesAndTakesNewBatches() throws {
    let fixture = try copy()
    let ledger = try fixture.open(mode: .existing)
    #expect(try fixture.sqlite("SELECT identifier FROM grdb_migrations ORDER BY rowid").hasSuffix("v3-board\nv4-board-keys\nv5-board-hash-by-lookup\nv6-provider-key-rotation\n"))
    let report = try ledger.verify(since: try ChainHead(parsing: Self.head))
    #expect(report.isIntact, "\(String(describing: report.problem))")
    #expect(report.head?.description == Self.head)

    let ana = try #require(try ledger.boardRecords(for: LicenseKey(parsing: "tx-bon:RN:100001")).first)
    let wang = try ledger.boardRecords(for: LicenseKey(parsing: "tx-bon:LVN:200001"))
    #expect(ana.record.learnerName == "Ana María Díaz" && !ana.isVerified)
    #expect(wang.map(\.record.kind) == [.completion, .revocation])
    #expect(wang.last?.record.replaces == wang.first?.record.hash)

    // The same records again are held: the migrated hash and identity keys find them.
    let held = [ana.record] + wang.map(\.record)
    #expect(try ledger.importBatch(batch("again"), records: held) == .unchanged(records: 3))
    // Ana's record with another name and the same identity contradicts it: found by its identity key.
    var renamed = ana.record
    renamed.learnerName = "Ana Díaz"
    guard case .refused(let refusals, _) = try ledger.importBatch(batch("renamed"), records: [renamed.rehashed]) else {
      Issue.record("a contradicting record was taken")
      return
    }
    #expect(refusals.first?.reason.hasPrefix("it contradicts the record \(ana.record.hash) imported earlier") == true)
    // A correction superseding it is taken, under a records.imported/1 event for row 4.
    renamed.replaces = ana.record.hash
    #expect(try ledger.importBatch(batch("corrected"), records: [renamed.rehashed]) == .imported(batchID: 2, added: 1, unchanged: 0))
    #expect(
      try fixture.sqlite("SELECT kind, key FROM events WHERE seq > 8 ORDER BY seq")
        == "records.imported/1|batch/2/records/4-4\nbatch.imported/1|batch/2/imported\n")
    #expect(try ledger.verify(since: try ChainHead(parsing: Self.head)).isIntact)
  }

  /// A version 3 ledger did not check every row's hash against its fields. In a ledger that holds such
  /// rows, a new record whose hash a row of another identity holds is held, not stored a second time.
  @Test func aHashALegacyRowHoldsIsNotStoredAgain() throws {
    let fixture = try copy()
    let ledger = try fixture.open(mode: .existing)
    let newcomer = BoardFixture.record("newcomer", number: "100009")
    // The hash key: the hash's first 16 hex digits as a signed 64-bit integer.
    let key = Int64(bitPattern: try #require(UInt64(newcomer.hash.prefix(16), radix: 16)))
    try fixture.tamper("UPDATE board_records SET hash = '\(newcomer.hash)', hash_key = \(key) WHERE id = 1")
    #expect(try ledger.importBatch(batch("newcomer"), records: [newcomer]) == .unchanged(records: 1))
    #expect(try fixture.sqlite("SELECT count(*) FROM board_records WHERE hash = '\(newcomer.hash)'") == "1\n")
  }

  /// The auditor's script reads the fixture as written (schema version 3) and as migrated, where it
  /// also recomputes every row's keys.
  @Test(.enabled(if: CommandRunner.isInstalled("python3"))) func theAuditorAgreesBeforeAndAfterTheMigration() throws {
    let fixture = try copy()
    let script = Repository.path("scripts/audit-ledger.py")
    let before = try CommandRunner.run("python3", [script, fixture.path])
    #expect(before.output == "audit: 8 events verify; head \(Self.head)\n", "\(before.error)")
    _ = try fixture.open(mode: .existing)
    #expect(try fixture.sqlite("SELECT count(*) FROM board_records WHERE hash_key <> 0 AND identity_key <> 0") == "3\n")
    let after = try CommandRunner.run("python3", [script, fixture.path])
    #expect(after.output == "audit: 8 events verify; head \(Self.head)\n", "\(after.error)")
  }

  /// A record of the fixture (the row of a `record.imported/1` event) deleted behind the ledger's back
  /// is found by both checkers.
  @Test(.enabled(if: CommandRunner.isInstalled("python3"))) func aDeletedRowOfAnOlderEventIsFoundByBoth() throws {
    let fixture = try copy()
    _ = try fixture.open(mode: .existing)
    try fixture.tamper("DELETE FROM board_records WHERE id = 2")
    let result = try CommandRunner.run("python3", [Repository.path("scripts/audit-ledger.py"), fixture.path])
    #expect(result.status == 1)
    #expect(
      result.output
        == "audit: the row the latest event of board-record/2 wrote is missing: it was deleted behind the ledger's back\n")
    #expect(try fixture.open(mode: .readOnly).verify().problem?.table == "board_records")
  }
}

