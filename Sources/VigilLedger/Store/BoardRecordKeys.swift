import Crypto
import GRDB

/// The two integer keys a `board_records` row is found by (schema version 4): short keys derived from
/// long values, so the indexes a batch import writes in random order stay small enough for the page
/// cache (at a million records the text indexes of version 3 were about 150 MiB; these are about 30).
///
/// Both are 64-bit prefixes, so two values may share a key: every query that probes a key compares
/// the full values too. `vigil ledger verify` and `scripts/audit-ledger.py` recompute both keys of
/// every row.
enum BoardRecordKeys {
  /// The hash key: the record hash's first 16 hex digits (8 bytes, big-endian) as a signed integer;
  /// nil when the hash is not 64 lowercase hex digits.
  static func hashKey(_ hash: String) -> Int64? {
    guard let raw = ChainHash.raw(hash) else { return nil }
    return Int64(bitPattern: raw.prefix(8).reduce(0) { $0 << 8 | UInt64($1) })
  }

  /// The identity key: the first 8 bytes (big-endian, signed) of SHA-256 over the UTF-8 of the
  /// provider's id and the record's identity (certificate, board, license type and number, approver,
  /// approval number, kind), each ended by U+001F.
  static func identityKey(providerID: Int64, _ identity: [String]) -> Int64 {
    var bytes = Array(String(providerID).utf8)
    bytes.append(0x1F)
    for value in identity {
      bytes += value.utf8
      bytes.append(0x1F)
    }
    let digest = SHA256.hash(data: bytes)
    return Int64(bitPattern: digest.prefix(8).reduce(0) { $0 << 8 | UInt64($1) })
  }

  /// The identity key of a record of a provider.
  static func identityKey(providerID: Int64, _ record: BoardRecord) -> Int64 {
    identityKey(
      providerID: providerID,
      [record.certificate, record.board, record.licenseType, record.licenseNumber, record.approver,
       record.approvalNumber, record.kind.rawValue])
  }

  /// Adds the SQL functions the `v4-board-keys` migration derives the keys of existing rows with,
  /// `vigil_hash_key(hash)` and `vigil_identity_key(provider_id, certificate, board, license_type,
  /// license_number, approver, approval_number, kind)`; the migration removes them when done.
  static func functions() -> [DatabaseFunction] {
    let hash = DatabaseFunction("vigil_hash_key", argumentCount: 1, pure: true) { values in
      guard let text = String.fromDatabaseValue(values[0]) else { return nil }
      return hashKey(text)
    }
    let identity = DatabaseFunction("vigil_identity_key", argumentCount: 8, pure: true) { values in
      guard let provider = Int64.fromDatabaseValue(values[0]) else { return nil }
      let texts = values.dropFirst().compactMap { String.fromDatabaseValue($0) }
      guard texts.count == 7 else { return nil }
      return identityKey(providerID: provider, texts)
    }
    return [hash, identity]
  }
}
