import GRDB
import GRDBSQLite

/// A prepared `INSERT` whose values are bound with SQLite's C API: the ledger's hot write path.
///
/// Each chained record costs two inserts (the row and its event), and bulk loads write millions;
/// binding through GRDB's `StatementArguments` boxes every value, so this binds directly. The
/// statement is still GRDB's (prepared on the transaction's connection, finalised by GRDB), and a
/// failure throws GRDB's `DatabaseError`, so `catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE` works.
struct InsertStatement {
  private let statement: Statement

  /// Prepares `sql` on the connection, or reuses the statement the connection has cached for it.
  init(_ db: Database, sql: String) throws {
    statement = try db.cachedStatement(sql: sql)
  }

  /// Binds values in parameter order with `bind`, runs the insert and returns the new row's id.
  @discardableResult
  func insert(_ db: Database, _ bind: (inout InsertBinder) -> Void) throws -> Int64 {
    let handle = statement.sqliteStatement
    var binder = InsertBinder(handle: handle)
    bind(&binder)
    let code = binder.failure ?? sqlite3_step(handle)
    let message = code == SQLITE_DONE ? nil : String(cString: sqlite3_errmsg(db.sqliteConnection))
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    guard code == SQLITE_DONE else {
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
    return db.lastInsertedRowID
  }
}

/// Binds an ``InsertStatement``'s (or a ``QueryStatement``'s) parameters in order; strings are copied by
/// SQLite.
struct InsertBinder {
  private let handle: SQLiteStatement
  private var index: Int32 = 1
  /// The first binding error, if any.
  private(set) var failure: Int32?

  init(handle: SQLiteStatement) {
    self.handle = handle
  }

  /// SQLite's `SQLITE_TRANSIENT`: copy the bytes before the call returns.
  private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

  /// Binds an integer, or NULL.
  mutating func bind(_ value: Int64?) {
    record(value.map { sqlite3_bind_int64(handle, index, $0) } ?? sqlite3_bind_null(handle, index))
  }

  /// Binds a double, or NULL.
  mutating func bind(_ value: Double?) {
    record(value.map { sqlite3_bind_double(handle, index, $0) } ?? sqlite3_bind_null(handle, index))
  }

  /// Binds text, or NULL.
  mutating func bind(_ value: String?) {
    guard var value else { return record(sqlite3_bind_null(handle, index)) }
    record(value.withUTF8 { bindText($0) })
  }

  /// Binds UTF-8 bytes as text where they lie, without SQLite copying them: the bytes must stay valid
  /// until the statement has run and been reset, so bind them inside the closure that lends them, around
  /// the whole ``InsertStatement/insert(_:_:)`` or ``QueryStatement/forEachRow(_:_:_:)``.
  mutating func bind(inPlace bytes: UnsafeBufferPointer<UInt8>) {
    record(bindText(bytes, copied: false))
  }

  /// Binds UTF-8 bytes as text; an empty buffer binds the empty string, never NULL.
  private func bindText(_ buffer: UnsafeBufferPointer<UInt8>, copied: Bool = true) -> Int32 {
    guard let start = buffer.baseAddress, !buffer.isEmpty else {
      return sqlite3_bind_text(handle, index, "", 0, Self.transient)
    }
    return start.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
      // A nil destructor is SQLite's `SQLITE_STATIC`: the bytes stay where they are until the statement
      // is done with them.
      sqlite3_bind_text(handle, index, $0, Int32(buffer.count), copied ? Self.transient : nil)
    }
  }

  private mutating func record(_ code: Int32) {
    if code != SQLITE_OK && failure == nil { failure = code }
    index += 1
  }
}
