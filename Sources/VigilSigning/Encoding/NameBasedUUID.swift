import Crypto

/// Name-based UUIDs (version 5, RFC 9562 §5.5): SHA-1 of a namespace UUID's 16 bytes followed by the
/// name's UTF-8, with the version and variant bits set. The same namespace and name always give the
/// same UUID, so a credential's ids can be derived again from what the ledger holds; anyone can
/// recompute them (Python: `uuid.uuid5(uuid.UUID(namespace), name)`). Credentials and xAPI statements
/// derive their ids with it.
public enum NameBasedUUID {
  /// The lowercase UUID for `name` in `namespace`, or nil when `namespace` is not a UUID.
  public static func make(namespace: String, name: String) -> String? {
    guard let space = bytes(of: namespace) else { return nil }
    var digest = Array(Insecure.SHA1.hash(data: space + Array(name.utf8)).prefix(16))
    digest[6] = digest[6] & 0x0F | 0x50
    digest[8] = digest[8] & 0x3F | 0x80
    let hex = digest.map { byte in String(byte >> 4, radix: 16) + String(byte & 0x0F, radix: 16) }.joined()
    let characters = Array(hex)
    return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
  }

  /// The 16 bytes of a UUID written `8-4-4-4-12` in hex (either case).
  private static func bytes(of uuid: String) -> [UInt8]? {
    let parts = uuid.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.map(\.count) == [8, 4, 4, 4, 12] else { return nil }
    let hex = Array(parts.joined().utf8)
    var bytes: [UInt8] = []
    for index in stride(from: 0, to: hex.count, by: 2) {
      guard let high = digit(hex[index]), let low = digit(hex[index + 1]) else { return nil }
      bytes.append(high << 4 | low)
    }
    return bytes
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
