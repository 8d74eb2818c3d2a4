import GRDB
import VigilBase
import VigilSigning

/// A `trusted_providers` row exactly as stored; its canonical content is its latest event's data.
struct TrustedProviderRow: Hashable {
  var id: Int64
  var name: String
  /// The provider's JWK Set as canonical JSON (``VigilSigning/JWKSet/json``).
  var keySet: String
  var trustedAt: Int64
  var removedAt: Int64?

  /// The columns in the order ``init(row:)`` reads them.
  static let columns = "id, name, key_set, trusted_at, removed_at"

  /// Reads a row selected with ``columns``.
  init(row: Row) throws {
    id = try row.decode(atIndex: 0)
    name = try row.decode(atIndex: 1)
    keySet = try row.decode(atIndex: 2)
    trustedAt = try row.decode(atIndex: 3)
    removedAt = try row.decode(atIndex: 4)
  }

  /// A row to insert.
  init(name: String, keys: JWKSet, trustedAt: Int64) {
    id = 0
    self.name = name
    keySet = keys.json
    self.trustedAt = trustedAt
    removedAt = nil
  }

  /// The statement that inserts a row; ``bind(_:)`` supplies its values.
  static let insertSQL = "INSERT INTO trusted_providers (name, key_set, trusted_at, removed_at) VALUES (?, ?, ?, ?)"

  /// Binds the row's values to ``insertSQL``.
  func bind(_ binder: inout InsertBinder) {
    binder.bind(name)
    binder.bind(keySet)
    binder.bind(trustedAt)
    binder.bind(removedAt)
  }

  /// The value; throws when the stored key set no longer reads as one (a damaged row).
  func provider() throws(LedgerError) -> TrustedProvider {
    let keys: JWKSet
    do {
      keys = try JWKSet(json: keySet)
    } catch {
      throw LedgerError.damaged("trusted_providers row \(id) holds a key set that does not read: \(error.message)")
    }
    return TrustedProvider(id: id, name: name, keys: keys, trustedAt: trustedAt, removedAt: removedAt)
  }

  /// The stream of the provider's events (its trust, removal and batches).
  var stream: String { "provider/\(id)" }

  /// The chain's canonical JSON for the row.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("id", id)
    json.field("keySet", verbatim: keySet)
    json.field("name", name)
    json.field("removedAt", removedAt)
    json.field("trustedAt", trustedAt)
    return json
  }
}
