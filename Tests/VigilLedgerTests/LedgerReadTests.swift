import GRDB
import GRDBSQLite
import Testing
import VigilTestSupport

@testable import VigilLedger

/// A read leaves the connection's compiled statements alone: GRDB's own `read` toggles
/// `PRAGMA query_only`, which makes SQLite discard every prepared statement, so every write after a
/// read compiled its statements again.
@Suite struct LedgerReadTests {
  /// How many times SQLite compiled a cached statement again after it was first prepared.
  private func reprepared(_ ledger: Ledger, _ sql: String) throws -> Int32 {
    try ledger.write { db in
      let statement = try db.cachedStatement(sql: sql)
      _ = try Int.fetchOne(statement)
      return sqlite3_stmt_status(statement.sqliteStatement, SQLITE_STMTSTATUS_REPREPARE, 0)
    }
  }

  @Test func aReadBetweenWritesRecompilesNothing() throws {
    let ledger = try LedgerFixture().open()
    let sql = "SELECT count(*) FROM learners"
    #expect(try reprepared(ledger, sql) == 0)
    _ = try ledger.addLearner(name: "Ana Ruiz")
    #expect(try ledger.learner(id: 1)?.name == "Ana Ruiz")  // a read
    #expect(try reprepared(ledger, sql) == 0)
  }

  @Test func grdbsOwnReadWouldHaveRecompiledIt() throws {
    // The control: the same sequence through GRDB's read does recompile, so the test above can fail.
    let ledger = try LedgerFixture().open()
    let sql = "SELECT count(*) FROM learners"
    #expect(try reprepared(ledger, sql) == 0)
    _ = try ledger.queue.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    #expect(try reprepared(ledger, sql) >= 1)
  }

  @Test func aReadThatThrowsIsALedgerErrorAndTheNextReadSeesTheWrite() throws {
    let ledger = try LedgerFixture().open()
    struct Stop: Error {}
    #expect(throws: LedgerError.self) { try ledger.read { _ in throw Stop() } }
    _ = try ledger.addLearner(name: "Ana Ruiz")
    #expect(try ledger.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM learners") } == 1)
  }
}
