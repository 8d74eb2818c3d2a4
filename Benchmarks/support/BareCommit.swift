import GRDB

/// The floor a ledger write is measured against: one bare SQLite commit of one small row, on a database
/// set up as the ledger is (WAL set once on the file; every connection synchronous=FULL, cell_size_check,
/// foreign keys; `BEGIN IMMEDIATE`). GRDB's `.wal` journal mode is not used: it lowers synchronous to
/// NORMAL, which skips the fsync that is the floor's whole cost.
public final class BareCommit {
  private let database: DatabaseQueue
  private var count = 0

  /// Creates the one-table database at `path`; throws when it does not run WAL with synchronous=FULL.
  public init(path: String) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = FULL")
      try db.execute(sql: "PRAGMA cell_size_check = ON")
    }
    database = try DatabaseQueue(path: path, configuration: configuration)
    try database.writeWithoutTransaction { db in
      _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
      try db.execute(sql: "CREATE TABLE rows (id INTEGER PRIMARY KEY, question TEXT NOT NULL, typed TEXT NOT NULL) STRICT")
    }
    let (journal, synchronous) = try database.read { db in
      (try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "?", try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1)
    }
    guard journal == "wal", synchronous == 2 else {
      throw BenchmarkError("the bare database runs journal_mode=\(journal), synchronous=\(synchronous), not wal and FULL (2)")
    }
  }

  /// Commits one row and returns the seconds it took.
  public func commit() throws -> Double {
    count += 1
    let row = count
    return try timed {
      try database.writeWithoutTransaction { db in
        try db.inTransaction(.immediate) {
          try db.execute(sql: "INSERT INTO rows (question, typed) VALUES (?, ?)", arguments: ["q\(row % 20 + 1)", "b"])
          return .commit
        }
      }
    }.1
  }
}

/// A benchmark step that failed.
public struct BenchmarkError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
