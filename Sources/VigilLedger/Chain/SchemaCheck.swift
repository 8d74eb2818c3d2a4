import GRDB

/// Compares a ledger's tables, indexes and triggers with those Vigil's migrations make, so a trigger
/// slipped in (one that rewrites names on insert, say) is found.
enum SchemaCheck {
  /// One schema object as `sqlite_master` lists it.
  private struct Object: Hashable, Comparable {
    var type: String
    var name: String
    var sql: String?

    static func < (lhs: Object, rhs: Object) -> Bool { (lhs.name, lhs.type) < (rhs.name, rhs.type) }
  }

  /// The first difference between the ledger's schema and Vigil's, or nil when they are the same.
  static func firstDifference(_ db: Database) throws -> ChainProblem? {
    let actual = try objects(db)
    let expected = try reference()
    let unexpected = actual.subtracting(expected).sorted()
    let missing = expected.subtracting(actual).sorted()
    if let object = unexpected.first {
      let changed = expected.contains { $0.name == object.name && $0.type == object.type }
      return ChainProblem(
        table: "schema", rowID: nil, eventID: nil,
        reason: changed
          ? "the \(object.type) \(object.name) is not the one Vigil made: it was changed behind the ledger's back"
          : "the \(object.type) \(object.name) is not one Vigil makes: it was added behind the ledger's back")
    }
    if let object = missing.first {
      return ChainProblem(
        table: "schema", rowID: nil, eventID: nil,
        reason: "the \(object.type) \(object.name) is missing: it was dropped behind the ledger's back")
    }
    return nil
  }

  /// The schema of a new ledger, made by the migrations in memory.
  private static func reference() throws -> Set<Object> {
    let queue = try DatabaseQueue()
    try LedgerSchema.migrator().migrate(queue)
    return try queue.read(objects)
  }

  private static func objects(_ db: Database) throws -> Set<Object> {
    Set(
      try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").map {
        Object(type: try $0.decode(atIndex: 0), name: try $0.decode(atIndex: 1), sql: try $0.decode(atIndex: 2))
      })
  }
}
