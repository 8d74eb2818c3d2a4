import GRDB

/// The check for damage run before every write, at a cost that does not grow with the ledger.
///
/// With `PRAGMA cell_size_check` on (every connection sets it), SQLite checks each b-tree page it
/// loads: cells inside the page, free blocks in order, counts that add up. This check makes it load the
/// pages that matter most and that a write would touch: for every table, the root page and the paths to
/// its first and last rows, reading the first and last ``rowsAtEachEnd`` rows whole (so their records
/// decode) and checking that the rowids come in strictly increasing order both ways. A flipped bit in a
/// table's root page shows up here, where it would otherwise let a write reuse ids inside a broken
/// tree. It reads at most `2 × rowsAtEachEnd` rows per table whatever the ledger's size; the whole
/// file is checked by `PRAGMA integrity_check` in ``Ledger/checkFile()``.
enum DamageCheck {
  /// How many rows are read at each end of every table.
  static let rowsAtEachEnd = 32

  /// The first problem found, or nil.
  ///
  /// A table of fewer than ``rowsAtEachEnd`` rows also gets SQLite's `PRAGMA integrity_check` of
  /// that table and its indexes (free-space accounting, index entries, `CHECK` and `NOT NULL`), which
  /// for so few rows costs about as much as reading them.
  static func run(_ db: Database) throws -> String? {
    let tables = try String.fetchAll(
      db,
      sql: """
        SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 AND sql NOT LIKE '%WITHOUT ROWID%'
        ORDER BY name
        """)
    for table in tables {
      if let problem = try check(db, table: table) { return "table \(table): \(problem)" }
    }
    return nil
  }

  private static func check(_ db: Database, table: String) throws -> String? {
    let quoted = table.quotedDatabaseIdentifier
    let forward = try rowids(db, quoted, order: "ASC")
    let backward = try rowids(db, quoted, order: "DESC")
    for pair in zip(forward, forward.dropFirst()) where pair.0 >= pair.1 {
      return "row \(pair.1) comes after row \(pair.0) in its b-tree"
    }
    for pair in zip(backward, backward.dropFirst()) where pair.0 <= pair.1 {
      return "row \(pair.1) comes before row \(pair.0) in its b-tree"
    }
    // A table with fewer rows than one end's worth was read whole both ways: the same rows must come,
    // and SQLite's own check of the table and its indexes costs no more than that read.
    if forward.count < rowsAtEachEnd || backward.count < rowsAtEachEnd {
      guard forward == backward.reversed() else { return "its rows read forward and backward differ" }
      let found = try String.fetchAll(db, sql: "PRAGMA integrity_check(\(table))").filter { $0 != "ok" }
      if let first = found.first { return "SQLite: \(first)" }
    }
    return nil
  }

  /// The rowids of the first ``rowsAtEachEnd`` rows in `order`, each row read whole.
  private static func rowids(_ db: Database, _ table: String, order: String) throws -> [Int64] {
    let rows = try Row.fetchCursor(
      db, sql: "SELECT rowid, * FROM \(table) ORDER BY rowid \(order) LIMIT \(rowsAtEachEnd)")
    var ids: [Int64] = []
    while let row = try rows.next() { ids.append(try row.decode(atIndex: 0)) }
    return ids
  }
}
