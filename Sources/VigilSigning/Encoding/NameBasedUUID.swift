import VigilBase

/// Name-based UUIDs (version 5, RFC 9562 §5.5) in one namespace: SHA-1 of the namespace UUID's 16
/// bytes followed by the name's UTF-8, with the version and variant bits set. The same namespace and
/// name always give the same UUID, so a credential's ids can be derived again from what the ledger
/// holds; anyone can recompute them (Python: `uuid.uuid5(uuid.UUID(namespace), name)`). Credentials and
/// xAPI statements derive their ids with it.
///
/// The namespace is read once, and each UUID is one SHA-1 (``SHA1``, on the stack) written straight
/// into its 36 characters (45 as a URN with `urn:uuid:`, ``urn(_:)``): a credential derives two of them
/// every time one is issued.
public struct NameBasedUUID: Sendable {
  /// The namespace UUID's 16 bytes.
  private let namespace: [UInt8]

  /// The namespace written `8-4-4-4-12` in hex (either case), or nil when it is not a UUID.
  public init?(namespace uuid: String) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(16)
    var high: UInt8?
    var position = 0
    for byte in uuid.utf8 {
      defer { position += 1 }
      if [8, 13, 18, 23].contains(position) {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard let digit = Self.digit(byte) else { return nil }
      if let first = high {
        bytes.append(first << 4 | digit)
        high = nil
      } else {
        high = digit
      }
    }
    guard position == 36 else { return nil }
    namespace = bytes
  }

  /// The lowercase UUID for `name` in the namespace.
  public func uuid(_ name: String) -> String { text(name, prefix: "") }

  /// The UUID for `name` in the namespace as a URN, `urn:uuid:` and the lowercase UUID: a credential's
  /// ids, written in one string.
  public func urn(_ name: String) -> String { text(name, prefix: "urn:uuid:") }

  /// ``urn(_:)`` for a name given as its UTF-8 bytes: a name written in parts, never made a string.
  public func urn(utf8 name: [UInt8]) -> String {
    name.withUnsafeBytes { text($0, prefix: "urn:uuid:") }
  }

  /// `prefix` followed by the lowercase UUID for `name`, written straight into one string.
  private func text(_ name: String, prefix: StaticString) -> String {
    var name = name
    return name.withUTF8 { text(UnsafeRawBufferPointer($0), prefix: prefix) }
  }

  /// `prefix` followed by the lowercase UUID for the name whose UTF-8 bytes are `name`.
  private func text(_ name: UnsafeRawBufferPointer, prefix: StaticString) -> String {
    let digest = namespace.withUnsafeBytes { SHA1.digest($0, name) }
    // The digest's first 16 bytes, in order.
    var bytes = (digest.0.bigEndian, digest.1.bigEndian, digest.2.bigEndian, digest.3.bigEndian)
    return withUnsafeBytes(of: &bytes) { digest in
      String(unsafeUninitializedCapacity: prefix.utf8CodeUnitCount + 36) { text in
        var written = 0
        for index in 0..<prefix.utf8CodeUnitCount {
          text[written] = prefix.utf8Start[index]
          written += 1
        }
        // With the version (5) and the variant (10) set.
        for index in 0..<16 {
          if index == 4 || index == 6 || index == 8 || index == 10 {
            text[written] = UInt8(ascii: "-")
            written += 1
          }
          var byte = digest[index]
          if index == 6 { byte = byte & 0x0F | 0x50 }
          if index == 8 { byte = byte & 0x3F | 0x80 }
          text[written] = CanonicalJSON.hexDigits[Int(byte >> 4)]
          text[written + 1] = CanonicalJSON.hexDigits[Int(byte & 0x0F)]
          written += 2
        }
        return written
      }
    }
  }

  /// The lowercase UUID for `name` in `namespace`, or nil when `namespace` is not a UUID.
  public static func make(namespace: String, name: String) -> String? {
    NameBasedUUID(namespace: namespace)?.uuid(name)
  }

  private static func digit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
