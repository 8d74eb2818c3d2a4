import GRDB

/// Finds a text value holding a NUL byte, which Vigil never writes (every text it stores is checked
/// free of control characters): SQLite keeps such a value whole, but it reads back cut at the NUL, so
/// a row changed to `Ana` NUL `Mallory` would read as the `Ana` its event and hash expect. Run before
/// the row checks, over every text column of every table, one scan per table.
enum NulByteCheck {
  /// The first row of a table with a NUL byte in a text column, or nil when there is none.
  static func firstProblem(_ db: Database) throws -> ChainProblem? {
    let tables = try String.fetchAll(
      db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    for table in tables {
      let columns = try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_info(?)", arguments: [table])
        .filter { (($0[1] as String?) ?? "").uppercased() == "TEXT" }
        .map { $0[0] as String }
      guard !columns.isEmpty else { continue }
      let holdsNul = columns.map { "instr(CAST(\"\($0)\" AS BLOB), X'00') > 0" }
      let hit = try Row.fetchOne(
        db, sql: "SELECT rowid, \(holdsNul.joined(separator: ", ")) FROM \"\(table)\" WHERE "
          + "\(holdsNul.joined(separator: " OR ")) LIMIT 1")
      guard let hit else { continue }
      let column = columns.indices.first { (hit[$0 + 1] as Bool?) == true }.map { columns[$0] } ?? columns[0]
      return ChainProblem(
        table: table, rowID: hit[0], eventID: nil,
        reason: "its \(column) holds a NUL byte, which Vigil never writes: it was changed behind the ledger's back")
    }
    return nil
  }
}
