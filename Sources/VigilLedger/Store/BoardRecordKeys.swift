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
    ChainHash.isHash(hash) ? hashKey(checkedHash: hash) : nil
  }

  /// ``hashKey(_:)`` of a hash already checked to be 64 lowercase hex digits.
  static func hashKey(checkedHash hash: String) -> Int64 {
    var key: UInt64 = 0
    for digit in hash.utf8.prefix(16) {
      key = key << 4 | UInt64(digit <= UInt8(ascii: "9") ? digit - UInt8(ascii: "0") : digit - UInt8(ascii: "a") + 10)
    }
    return Int64(bitPattern: key)
  }

  /// The identity key: the first 8 bytes (big-endian, signed) of SHA-256 over the UTF-8 of the
  /// provider's id and the record's identity (certificate, board, license type and number, approver,
  /// approval number, kind), each ended by U+001F.
  static func identityKey(providerID: Int64, _ identity: [String]) -> Int64 {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(128)
    append(String(providerID), to: &bytes)
    for value in identity { append(value, to: &bytes) }
    return prefix(of: bytes)
  }

  /// The identity key of a record of a provider (``identityKey(providerID:_:)-([String])``).
  static func identityKey(providerID: Int64, _ record: BoardRecord) -> Int64 {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(128)
    append(String(providerID), to: &bytes)
    append(record.certificate, to: &bytes)
    append(record.board, to: &bytes)
    append(record.licenseType, to: &bytes)
    append(record.licenseNumber, to: &bytes)
    append(record.approver, to: &bytes)
    append(record.approvalNumber, to: &bytes)
    append(record.kind.rawValue, to: &bytes)
    return prefix(of: bytes)
  }

  private static func append(_ value: String, to bytes: inout [UInt8]) {
    bytes += value.utf8
    bytes.append(0x1F)
  }

  /// The first 8 bytes of SHA-256 over `bytes`, big-endian, as a signed integer.
  private static func prefix(of bytes: [UInt8]) -> Int64 {
    let digest = bytes.withUnsafeBytes { SHA256.hash(data: $0) }
    return digest.withUnsafeBytes { raw in Int64(bitPattern: raw.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }) }
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
