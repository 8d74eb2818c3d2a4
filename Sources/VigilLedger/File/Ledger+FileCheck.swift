import GRDB

extension Ledger {
  /// The most problems ``checkFile()`` lists.
  static let fileProblemLimit = 20

  /// Checks the whole file: SQLite's `PRAGMA integrity_check` (every page, index and `NOT NULL`), that
  /// every table, index and trigger is the one Vigil's migrations make, none missing and none added,
  /// and every row against its table's `CHECK` constraints (which SQLite's check skips on a read-only
  /// connection). Its cost grows with the ledger; `vigil ledger verify` runs it beside the chain check. A
  /// finding is recorded beside the ledger, so later writes are refused (``LedgerError/Code-swift.struct/refused``).
  ///
  /// - Throws: ``LedgerError`` only when the file cannot be read at all.
  public func checkFile() throws(LedgerError) -> FileCheckReport {
    let expected = try Self.expectedSchema()
    let problems: [String] = try read { db in
      var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check(\(Self.fileProblemLimit))")
        .filter { $0 != "ok" }.map { "SQLite: \($0)" }
      let found = try SchemaObject.fetchAll(db)
      let differences = SchemaObject.differences(expected: expected, found: found)
      problems += differences
      if differences.isEmpty {
        let tables = expected.compactMap { object in
          object.type == "table" ? object.sql.map { (object.name, $0) } : nil
        }
        problems += try CheckConstraints.violations(db, tables: tables)
      }
      return Array(problems.prefix(Self.fileProblemLimit))
    }
    if let first = problems.first { refuseWrites(because: first) }
    return FileCheckReport(problems: problems)
  }

  /// Records beside the ledger that it is damaged (`ledger.sqlite.refused`), so every later write is
  /// refused with ``LedgerError/Code-swift.struct/refused`` until ``liftRefusal()`` or the user deletes
  /// that file. A read-only folder keeps no record.
  public func refuseWrites(because reason: String) {
    RefusalMarker.record(ledger: path, reason: reason)
  }

  /// Removes the record made by ``refuseWrites(because:)``; call it only once the ledger verifies.
  ///
  /// - Returns: Whether there was one.
  @discardableResult
  public func liftRefusal() -> Bool {
    RefusalMarker.clear(ledger: path)
  }

  /// The schema a fresh ledger has, built in memory from the migrations.
  private static func expectedSchema() throws(LedgerError) -> [SchemaObject] {
    try LedgerError.mapping(path: ":memory:") {
      let queue = try DatabaseQueue()
      try LedgerSchema.migrator().migrate(queue)
      return try queue.read(SchemaObject.fetchAll)
    }
  }
}

/// One row of `sqlite_master`.
private struct SchemaObject: Hashable {
  var type: String
  var name: String
  var sql: String?

  static func fetchAll(_ db: Database) throws -> [SchemaObject] {
    try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master ORDER BY type, name").map { row in
      SchemaObject(type: row[0], name: row[1], sql: row[2])
    }
  }

  /// What differs, in the user's words.
  static func differences(expected: [SchemaObject], found: [SchemaObject]) -> [String] {
    let foundByName = Dictionary(found.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    let expectedNames = Set(expected.map(\.name))
    var problems: [String] = []
    for object in expected {
      guard let other = foundByName[object.name] else {
        problems.append("the \(object.type) \(object.name) is missing from the schema")
        continue
      }
      if other != object { problems.append("the \(object.type) \(object.name) is not the one Vigil made") }
    }
    for object in found where !expectedNames.contains(object.name) {
      problems.append("the \(object.type) \(object.name) is not one Vigil made")
    }
    return problems
  }
}
