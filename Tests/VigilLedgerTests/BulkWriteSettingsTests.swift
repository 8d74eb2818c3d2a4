import GRDB
import Testing
import VigilTestSupport

@testable import VigilLedger

/// A bulk write runs with a large page cache and temporary storage in memory (so the statement
/// journal of each insert never goes to a file), and the connection gets its own settings back after
/// it, whether the write commits or throws.
@Suite struct BulkWriteSettingsTests {
  private struct Settings: Equatable {
    var cacheSize: Int
    var temporaryStorage: Int
  }

  private func settings(_ db: Database) throws -> Settings {
    Settings(
      cacheSize: try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? 0,
      temporaryStorage: try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? -1)
  }

  /// SQLite's defaults: a 2,000 KiB cache, and temporary storage as compiled (0, the default, which is
  /// a file in Debian's SQLite).
  private let defaults = Settings(cacheSize: -2000, temporaryStorage: 0)
  /// 48 MiB in KiB, and MEMORY (2).
  private let bulk = Settings(cacheSize: -48 * 1024, temporaryStorage: 2)

  @Test func aBulkWriteRunsWithItsSettingsAndPutsBackTheConnections() throws {
    let ledger = try LedgerFixture().open()
    #expect(try ledger.write { try settings($0) } == defaults)
    #expect(try ledger.write(bulk: true) { try settings($0) } == bulk)
    #expect(try ledger.write { try settings($0) } == defaults)
  }

  @Test func aBulkWriteThatThrowsStillPutsBackTheConnectionsSettings() throws {
    let ledger = try LedgerFixture().open()
    struct Stop: Error {}
    #expect(throws: LedgerError.self) {
      try ledger.write(bulk: true) { _ in throw Stop() }
    }
    #expect(try ledger.write { try settings($0) } == defaults)
  }

  @Test func aBatchImportIsABulkWrite() throws {
    let ledger = try LedgerFixture().open()
    try ledger.trustProvider(name: "acme-ce", keys: BoardFixture.keys())
    var seen: [Settings] = []
    let result = try ledger.importBatch(BoardFixture.batch()) { sink in
      seen.append(try settings(sink.writer.db))
      try sink.add(BoardFixture.record("a"), at: 1)
    }
    #expect(result == .imported(batchID: 1, added: 1, unchanged: 0))
    #expect(seen == [bulk])
    #expect(try ledger.write { try settings($0) } == defaults)
  }
}
