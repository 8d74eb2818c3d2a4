import GRDB
import VigilBase
import VigilSigning

extension Ledger {
  /// Trusts a provider's public keys under a name, recording a `provider.trusted/1` event: from then on
  /// the board accepts batches signed with any of these keys.
  ///
  /// Trusting the same name with the same keys again changes nothing (``ProviderTrustOutcome/Change/unchanged``).
  /// A provider that rotated its key publishes a set that keeps its old public keys beside the new one:
  /// given under the provider's name, the keys it adds are trusted beside the others, with a
  /// `provider.keys-added/1` event, and the provider stays one provider (its records, its heads).
  /// A key is trusted under one name only, ever: a removed provider's keys are not trusted again.
  ///
  /// - Parameters:
  ///   - name: The board's name for the provider: lowercase letters and digits joined by hyphens, at
  ///     most 40 (`acme-ce`).
  ///   - keys: The provider's public key set (`vigil keys export`), at least one key.
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/invalidValue`` (a malformed name, an
  ///   empty set) or ``LedgerError/Code-swift.struct/conflict`` (the name was removed, the set leaves
  ///   out a key the name holds, or a key is or was trusted under another name).
  @discardableResult
  public func trustProvider(name: String, keys: JWKSet) throws(LedgerError) -> ProviderTrustOutcome {
    let name = try Check.providerName(name)
    guard !keys.keys.isEmpty else { throw .invalid("the key set holds no keys; export it with `vigil keys export`") }
    let recordedAt = clock()
    return try write { db in
      guard var row = try Self.providerRow(db, name: name) else {
        try Self.checkUnheld(keys.keys.map(\.keyID), db)
        var writer = try RecordWriter(db, recordedAt: recordedAt)
        var row = TrustedProviderRow(name: name, keys: keys, trustedAt: recordedAt)
        row.id = try InsertStatement(db, sql: TrustedProviderRow.insertSQL).insert(db, row.bind)
        try writer.append(.providerTrusted, stream: row.stream, key: "\(row.stream)/trusted", data: row.canonical)
        return ProviderTrustOutcome(provider: try row.provider(), change: .trusted)
      }
      guard row.removedAt == nil else {
        throw LedgerError(
          .conflict,
          "the provider \(name) was removed, and a removed provider's name is not used again (its records keep it)")
      }
      let stored = try row.provider().keys.keys.map(\.keyID)
      let given = keys.keys.map(\.keyID)
      if let dropped = stored.first(where: { !given.contains($0) }) {
        throw LedgerError(
          .conflict,
          "the key set leaves out the key \(dropped), which \(name) is trusted with: a provider that rotates its key "
            + "keeps the old public key in the set it publishes (`vigil keys init --force` does), so give its latest "
            + "`vigil keys export`; another provider's set takes another --name")
      }
      let added = given.filter { !stored.contains($0) }
      guard !added.isEmpty else { return ProviderTrustOutcome(provider: try row.provider(), change: .unchanged) }
      try Self.checkUnheld(added, db)
      row.keySet = keys.json
      try db.execute(sql: "UPDATE trusted_providers SET key_set = ? WHERE id = ?", arguments: [row.keySet, row.id])
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      try writer.append(
        .providerKeysAdded, stream: row.stream, key: "\(row.stream)/keys/\(given.count)", data: row.canonical)
      return ProviderTrustOutcome(provider: try row.provider(), change: .keysAdded(added))
    }
  }

  /// Refuses keys a provider holds or held: a key has one name, and a removed provider's records would
  /// count a second time under another.
  private static func checkUnheld(_ keyIDs: [String], _ db: Database) throws {
    for keyID in keyIDs {
      guard let holder = try providerRow(db, keyID: keyID, removedToo: true) else { continue }
      guard holder.removedAt != nil else {
        throw LedgerError(.conflict, "the key \(keyID) is already trusted under the name \(holder.name); a key has one name")
      }
      throw LedgerError(
        .conflict,
        "the key \(keyID) was trusted under the name \(holder.name), which was removed: a removed provider's keys are "
          + "not trusted again under any name (the records it sent would count twice)")
    }
  }

  /// Stops trusting a provider, recording a `provider.removed/1` event. The provider's row and the
  /// records its batches brought stay (the chain keeps the history); its batches are refused from now on.
  ///
  /// - Returns: The provider as it is now (with ``TrustedProvider/removedAt``).
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/notFound`` (no provider has the name)
  ///   or ``LedgerError/Code-swift.struct/duplicate`` (it was already removed).
  @discardableResult
  public func removeProvider(name: String) throws(LedgerError) -> TrustedProvider {
    let recordedAt = clock()
    return try write { db in
      guard var row = try Self.providerRow(db, name: name) else { throw LedgerError.noProvider(name) }
      guard row.removedAt == nil else {
        throw LedgerError(.duplicate, "the provider \(name) was already removed; `vigil board trust list` shows it")
      }
      row.removedAt = recordedAt
      try db.execute(sql: "UPDATE trusted_providers SET removed_at = ? WHERE id = ?", arguments: [recordedAt, row.id])
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      try writer.append(.providerRemoved, stream: row.stream, key: "\(row.stream)/removed", data: row.canonical)
      return try row.provider()
    }
  }

  /// Every provider the board trusts or trusted, by name; removed ones have ``TrustedProvider/removedAt``.
  public func trustedProviders() throws(LedgerError) -> [TrustedProvider] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT \(TrustedProviderRow.columns) FROM trusted_providers ORDER BY name")
        .map { try TrustedProviderRow(row: $0).provider() }
    }
  }

  /// The provider the board trusts now whose key set holds the key `keyID` (a batch signature's `kid`),
  /// or nil: a removed provider's keys are not trusted.
  public func trustedProvider(keyID: String) throws(LedgerError) -> TrustedProvider? {
    try read { db in try Self.providerRow(db, keyID: keyID, removedToo: false)?.provider() }
  }

  /// The provider with this name, trusted or removed, or nil.
  public func trustedProvider(named name: String) throws(LedgerError) -> TrustedProvider? {
    try read { db in try Self.providerRow(db, name: name)?.provider() }
  }

  /// The stored row of the provider named `name`, inside a transaction.
  static func providerRow(_ db: Database, name: String) throws -> TrustedProviderRow? {
    try Row.fetchOne(
      db.cachedStatement(sql: "SELECT \(TrustedProviderRow.columns) FROM trusted_providers WHERE name = ?"),
      arguments: [name]
    ).map { try TrustedProviderRow(row: $0) }
  }

  /// The row of the provider that holds the key `keyID`, inside a transaction: trusted now, or when
  /// `removedToo`, removed (a provider trusted now first).
  private static func providerRow(_ db: Database, keyID: String, removedToo: Bool) throws -> TrustedProviderRow? {
    let columns = TrustedProviderRow.columns.split(separator: ",").map { "p." + String($0).trimmingSpaces }.joined(separator: ", ")
    return try Row.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT \(columns) FROM trusted_providers p, json_each(p.key_set, '$.keys') k
          WHERE (p.removed_at IS NULL OR ?) AND json_extract(k.value, '$.kid') = ?
          ORDER BY p.removed_at IS NOT NULL LIMIT 1
          """), arguments: [removedToo, keyID]
    ).map { try TrustedProviderRow(row: $0) }
  }
}

extension LedgerError {
  /// No provider has the name a call gives.
  static func noProvider(_ name: String) -> LedgerError {
    .notFound("no provider named \(Echo.quoted(name)) is trusted; list them with `vigil board trust list`")
  }
}

extension Check {
  /// A provider's name on the board's side: lowercase letters and digits joined by single hyphens, at
  /// most 40 (`acme-ce`), so it reads the same in every report and cannot be confused by case.
  static func providerName(_ name: String) throws(LedgerError) -> String {
    guard LicenseKey.isHyphenatedID(name), !name.utf8.contains(where: { (65...90).contains($0) }) else {
      throw .invalid(
        "the provider name \(Echo.quoted(name)) is not valid: use lowercase letters and digits joined by single "
          + "hyphens, at most 40 (e.g. acme-ce)")
    }
    return name
  }
}
