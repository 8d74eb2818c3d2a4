import GRDB

/// The connection's settings for a write of up to millions of rows in one transaction (a batch import,
/// a bulk load): applied before its transaction begins, and the settings they replace put back after
/// it ends.
///
/// - A page cache of ``cacheKiB`` (SQLite's default is 2 MiB): the board's hash and identity indexes
///   are written in random order, and a cache that holds more of them saves pages written to the log
///   and read back. A process importing a million records stays under 100 MiB (about 96 MiB at its
///   peak).
/// - Temporary storage in memory. Each statement that may abort after it changed some rows (an insert
///   into a table with a trigger, a multi-row insert) keeps a statement journal: the pages it changes,
///   to undo that statement alone. Once one statement's journal passes 64 KiB, SQLite keeps it in a
///   temporary file (in `SQLITE_TMPDIR`, `TMPDIR` or `/var/tmp`) for the rest of the transaction, and
///   every later statement then costs two write calls per page it changes: about nine million calls and
///   7 s in the kernel for a million board records while `board_records` had a trigger on insert
///   (schema version 4). In memory a journal is a few pages, freed as its statement ends. Not the
///   connection's default: a query that sorts (an `ORDER BY` no index serves) would then sort in memory
///   as well, where on file it stays flat.
struct BulkWriteSettings {
  /// The page cache of a bulk write, in KiB.
  static let cacheKiB = 48 * 1024

  private let cacheSize: Int
  private let temporaryStorage: Int

  /// Applies the settings to `db`, which must not be in a transaction, keeping the ones replaced; when
  /// one cannot be applied, the connection is left with its own.
  init(applyingTo db: Database) throws {
    cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
    temporaryStorage = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
    do {
      try db.execute(sql: "PRAGMA cache_size = -\(Self.cacheKiB)")
      try db.execute(sql: "PRAGMA temp_store = MEMORY")
    } catch {
      restore(on: db)
      throw error
    }
  }

  /// Puts back the settings replaced, once the transaction has ended.
  func restore(on db: Database) {
    try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)")
    try? db.execute(sql: "PRAGMA temp_store = \(temporaryStorage)")
  }
}
