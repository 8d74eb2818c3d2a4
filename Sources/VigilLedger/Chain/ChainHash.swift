import Crypto

/// The SHA-256 hashes that link the event chain, as lowercase hex.
///
/// An event stores the hash of its canonical content and the hash of the event before it; its own
/// hash covers both and every other field, so changing, removing or reordering any event breaks the
/// link to the next.
enum ChainHash {
  /// The `previous_hash` of the first event: 64 zeros.
  static let genesis = String(repeating: "0", count: 64)

  /// The raw digest of `text`'s UTF-8 bytes.
  static func digest(_ text: String) -> SHA256.Digest {
    var text = text
    return text.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) }
  }

  /// The raw digest of bytes.
  static func digest(_ bytes: [UInt8]) -> SHA256.Digest {
    bytes.withUnsafeBytes { SHA256.hash(data: $0) }
  }

  /// An event's own hash: SHA-256 of its fields, one per line, in a fixed order: previous hash, id,
  /// kind, table, record id, recorded-at, content hash.
  static func link(
    previous: String, id: Int64, kind: String, table: String, recordID: Int64, recordedAt: Int64,
    contentHash: String
  ) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(200)
    bytes.append(contentsOf: previous.utf8)
    bytes.append(10)
    CanonicalJSON.appendInteger(id, to: &bytes)
    bytes.append(10)
    bytes.append(contentsOf: kind.utf8)
    bytes.append(10)
    bytes.append(contentsOf: table.utf8)
    bytes.append(10)
    CanonicalJSON.appendInteger(recordID, to: &bytes)
    bytes.append(10)
    CanonicalJSON.appendInteger(recordedAt, to: &bytes)
    bytes.append(10)
    bytes.append(contentsOf: contentHash.utf8)
    return hex(digest(bytes))
  }

  /// Lowercase hex of a digest.
  static func hex(_ digest: SHA256.Digest) -> String {
    String(unsafeUninitializedCapacity: SHA256.byteCount * 2) { buffer in
      var index = 0
      for byte in digest {
        buffer[index] = CanonicalJSON.hexDigits[Int(byte >> 4)]
        buffer[index + 1] = CanonicalJSON.hexDigits[Int(byte & 0x0F)]
        index += 2
      }
      return index
    }
  }
}
