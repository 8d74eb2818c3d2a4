import GRDB

/// The ledger's schema: its migrations, applied in order to every ledger file when it is opened.
///
/// Migrations are named `v<schema version>-<what they add>`; once released, a migration never
/// changes: a later schema adds a new one (`v2-certificates` added the certificates, `v3-board` a
/// board's own tables). Their SQL is literal text in `LedgerSchemaV1` and its successors, never built
/// by helpers that could change.
enum LedgerSchema {
  /// `PRAGMA application_id` of every ledger ("VgLd"), which tells a ledger from other SQLite files.
  static let applicationID: Int32 = 0x5667_4C64

  /// The migrations, in the order they apply.
  static func migrator() -> DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-ledger-events") { db in
      try db.execute(sql: "PRAGMA application_id = 1449610340")
      try db.execute(sql: LedgerSchemaV1.ledgerAndEvents)
    }
    migrator.registerMigration("v1-learners-licenses") { db in
      try db.execute(sql: LedgerSchemaV1.learnersAndLicenses)
    }
    migrator.registerMigration("v1-attempts-responses") { db in
      try db.execute(sql: LedgerSchemaV1.attemptsAndResponses)
    }
    migrator.registerMigration("v1-completions-credits") { db in
      try db.execute(sql: LedgerSchemaV1.completionsAndCredits)
    }
    migrator.registerMigration("v2-certificates") { db in
      try db.execute(sql: LedgerSchemaV2.certificates)
    }
    migrator.registerMigration("v3-board") { db in
      try db.execute(sql: LedgerSchemaV3.board)
    }
    migrator.registerMigration("v4-board-keys") { db in
      let functions = BoardRecordKeys.functions()
      for function in functions { db.add(function: function) }
      defer { for function in functions { db.remove(function: function) } }
      try db.execute(sql: LedgerSchemaV4.boardKeys)
    }
    migrator.registerMigration("v5-board-hash-by-lookup") { db in
      try db.execute(sql: LedgerSchemaV5.boardHashByLookup)
    }
    migrator.registerMigration("v6-provider-key-rotation") { db in
      try db.execute(sql: LedgerSchemaV6.providerKeyRotation)
    }
    return migrator
  }
}
