import GRDB
import VigilBase
import VigilSigning

extension Ledger {
  /// Trusts a provider's public keys under a name, recording a `provider.trusted/1` event: from then on
  /// the board accepts batches signed with any of these keys.
  ///
  /// Trusting the same name with the same keys again changes nothing (``ProviderTrustOutcome/isNew``
  /// is false). A name is given to one key set only, and a key is trusted under one name only.
  ///
  /// - Parameters:
  ///   - name: The board's name for the provider: lowercase letters and digits joined by hyphens, at
  ///     most 40 (`acme-ce`).
  ///   - keys: The provider's public key set (`vigil keys export`), at least one key.
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/invalidValue`` (a malformed name, an
  ///   empty set) or ``LedgerError/Code-swift.struct/conflict`` (the name holds another key set, was
  ///   removed, or a key is trusted under another name).
  @discardableResult
  public func trustProvider(name: String, keys: JWKSet) throws(LedgerError) -> ProviderTrustOutcome {
    let name = try Check.providerName(name)
    guard !keys.keys.isEmpty else { throw .invalid("the key set holds no keys; export it with `vigil keys export`") }
    let recordedAt = clock()
    return try write { db in
      if let existing = try Self.providerRow(db, name: name) {
        guard existing.removedAt == nil else {
          throw LedgerError(
            .conflict,
            "the provider \(name) was removed, and a removed provider's name is not used again (its records keep it): "
              + "trust the keys under another --name")
        }
        let stored = try existing.provider()
        guard Set(stored.keys.keys.map(\.keyID)) == Set(keys.keys.map(\.keyID)) else {
          throw LedgerError(
            .conflict,
            "the name \(name) already trusts another key set (\(Self.keyList(stored.keys))); remove it first with "
              + "`vigil board trust remove \(name)`, or choose another --name")
        }
        return ProviderTrustOutcome(provider: stored, isNew: false)
      }
      for key in keys.keys {
        if let holder = try Self.activeProviderRow(db, keyID: key.keyID) {
          throw LedgerError(
            .conflict, "the key \(key.keyID) is already trusted under the name \(holder.name); a key has one name")
        }
      }
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      var row = TrustedProviderRow(name: name, keys: keys, trustedAt: recordedAt)
      row.id = try InsertStatement(db, sql: TrustedProviderRow.insertSQL).insert(db, row.bind)
      try writer.append(.providerTrusted, stream: row.stream, key: "\(row.stream)/trusted", data: row.canonical)
      return ProviderTrustOutcome(provider: try row.provider(), isNew: true)
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
    try read { db in try Self.activeProviderRow(db, keyID: keyID)?.provider() }
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

  /// The row of the provider trusted now that holds the key `keyID`, inside a transaction.
  private static func activeProviderRow(_ db: Database, keyID: String) throws -> TrustedProviderRow? {
    let columns = TrustedProviderRow.columns.split(separator: ",").map { "p." + String($0).trimmingSpaces }.joined(separator: ", ")
    return try Row.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT \(columns) FROM trusted_providers p, json_each(p.key_set, '$.keys') k
          WHERE p.removed_at IS NULL AND json_extract(k.value, '$.kid') = ? LIMIT 1
          """), arguments: [keyID]
    ).map { try TrustedProviderRow(row: $0) }
  }

  private static func keyList(_ keys: JWKSet) -> String {
    let ids = keys.keys.map(\.keyID)
    return (ids.count == 1 ? "key " : "keys ") + ids.joined(separator: ", ")
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
