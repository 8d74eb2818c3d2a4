import GRDB

/// Evaluates the tables' `CHECK` constraints over every row.
///
/// SQLite's `PRAGMA integrity_check` skips `CHECK` constraints on a read-only connection (seen with
/// SQLite 3.40.1), and `vigil ledger verify` never opens the ledger for writing; so the constraints
/// are taken from the schema's own SQL (which ``Ledger/checkFile()`` has compared with Vigil's) and
/// queried as `SELECT rowid FROM t WHERE NOT (constraint)`. A constraint that is NULL passes, as in SQLite.
enum CheckConstraints {
  /// The first violation in each table, e.g. `CHECK constraint failed in credits row 4: minutes >= 0`.
  static func violations(_ db: Database, tables: [(name: String, sql: String)]) throws -> [String] {
    var problems: [String] = []
    for table in tables {
      for constraint in expressions(in: table.sql) {
        let rowid = try Int64.fetchOne(
          db, sql: "SELECT rowid FROM \(table.name.quotedDatabaseIdentifier) WHERE NOT (\(constraint)) LIMIT 1")
        if let rowid { problems.append("CHECK constraint failed in \(table.name) row \(rowid): \(constraint)") }
      }
    }
    return problems
  }

  /// The expressions of every `CHECK (…)` in a `CREATE TABLE` statement, quotes and nesting respected.
  static func expressions(in sql: String) -> [String] {
    let characters = Array(sql)
    var results: [String] = []
    var index = 0
    var quote: Character?
    while index < characters.count {
      let character = characters[index]
      if let open = quote {
        if character == open { quote = nil }
        index += 1
        continue
      }
      if character == "'" || character == "\"" {
        quote = character
        index += 1
        continue
      }
      let isWordStart = index == 0 || !(characters[index - 1].isLetter || characters[index - 1] == "_")
      if isWordStart, index + 5 <= characters.count, String(characters[index..<index + 5]).uppercased() == "CHECK" {
        var cursor = index + 5
        while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
        if cursor < characters.count, characters[cursor] == "(", let end = closing(characters, from: cursor) {
          results.append(String(characters[(cursor + 1)..<end]))
          index = end + 1
          continue
        }
      }
      index += 1
    }
    return results
  }

  /// The index of the parenthesis that closes the one at `start`.
  private static func closing(_ characters: [Character], from start: Int) -> Int? {
    var depth = 0
    var quote: Character?
    for index in start..<characters.count {
      let character = characters[index]
      if let open = quote {
        if character == open { quote = nil }
        continue
      }
      switch character {
      case "'", "\"": quote = character
      case "(": depth += 1
      case ")":
        depth -= 1
        if depth == 0 { return index }
      default: break
      }
    }
    return nil
  }
}
