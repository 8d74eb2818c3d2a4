import GRDB
import GRDBSQLite

/// A prepared `SELECT` whose parameters are bound, and whose rows are read, with SQLite's C API: the
/// lookups a batch import makes for each of its records.
///
/// Like ``InsertStatement``, it skips GRDB's boxed `StatementArguments` and row values; the statement
/// is still GRDB's (cached on the transaction's connection), and a failure throws GRDB's
/// `DatabaseError`.
struct QueryStatement {
  private let statement: Statement

  /// Prepares `sql` on the connection, or reuses the statement the connection has cached for it.
  init(_ db: Database, sql: String) throws {
    statement = try db.cachedStatement(sql: sql)
  }

  /// Binds values in parameter order with `bind`, then calls `row` for each row the query returns.
  func forEachRow(_ db: Database, _ bind: (inout InsertBinder) -> Void, _ row: (QueryRow) throws -> Void) throws {
    let handle = statement.sqliteStatement
    defer {
      sqlite3_reset(handle)
      sqlite3_clear_bindings(handle)
    }
    var binder = InsertBinder(handle: handle)
    bind(&binder)
    if let failure = binder.failure { throw error(failure, db) }
    while true {
      let code = sqlite3_step(handle)
      switch code {
      case SQLITE_ROW: try row(QueryRow(handle: handle))
      case SQLITE_DONE: return
      default: throw error(code, db)
      }
    }
  }

  /// Whether the query, with values bound by `bind`, returns a row.
  func hasRow(_ db: Database, _ bind: (inout InsertBinder) -> Void) throws -> Bool {
    var found = false
    try forEachRow(db, bind) { _ in found = true }
    return found
  }

  private func error(_ code: Int32, _ db: Database) -> DatabaseError {
    DatabaseError(
      resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
      sql: statement.sql)
  }
}

/// The current row of a ``QueryStatement``, valid only inside its `row` closure.
struct QueryRow {
  fileprivate let handle: SQLiteStatement

  /// The text of column `index` (from 0); the empty string for NULL.
  func text(_ index: Int32) -> String {
    guard let bytes = sqlite3_column_text(handle, index) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, index))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }

  /// The integer of column `index` (from 0); 0 for NULL.
  func integer(_ index: Int32) -> Int64 {
    sqlite3_column_int64(handle, index)
  }
}
