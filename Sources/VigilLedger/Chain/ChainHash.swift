import Crypto
import VigilBase

/// The hashes of the chain, as lowercase hex.
///
/// An event's hash is SHA-256 over its canonical body (RFC 8785 JSON of the whole event). Its link is
/// SHA-256 over the previous event's link and its own hash, as 64 raw bytes:
/// `link(n) = SHA-256(link(n-1) ‖ hash(n))`, with 32 zero bytes before the first event. A proof that one
/// head extends another is then the list of event hashes between them, which says nothing of the
/// events' content.
enum ChainHash {
  /// The link before the first event: 32 zero bytes, as 64 zeros in hex.
  static let genesis = String(repeating: "0", count: 64)

  /// SHA-256 of bytes, as hex.
  static func hash(_ bytes: [UInt8]) -> String {
    hex(digest(bytes))
  }

  /// SHA-256 of bytes, as its 32 bytes.
  static func digest(_ bytes: [UInt8]) -> [UInt8] {
    Array(bytes.withUnsafeBytes { SHA256.hash(data: $0) })
  }

  /// The 32 bytes of the link after `previous` for an event of hash `eventDigest` (both 32 bytes).
  static func digest(link previous: [UInt8], _ eventDigest: [UInt8]) -> [UInt8] {
    var hasher = SHA256()
    previous.withUnsafeBytes { hasher.update(bufferPointer: $0) }
    eventDigest.withUnsafeBytes { hasher.update(bufferPointer: $0) }
    return Array(hasher.finalize())
  }

  /// The link of an event: SHA-256 of the previous link's 32 bytes followed by the event hash's 32 bytes.
  /// Nil when either is not 64 hex digits.
  static func link(previous: String, eventHash: String) -> String? {
    guard var bytes = raw(previous), let own = raw(eventHash) else { return nil }
    bytes.append(contentsOf: own)
    return hash(bytes)
  }

  /// The 32 bytes of a 64-digit lowercase hex hash.
  static func raw(_ hex: String) -> [UInt8]? {
    let digits = Array(hex.utf8)
    guard digits.count == 64 else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(32)
    var index = 0
    while index < 64 {
      guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
      bytes.append(high << 4 | low)
      index += 2
    }
    return bytes
  }

  /// Whether the text is a hash as the chain writes it: 64 lowercase hex digits (``raw(_:)`` without the
  /// bytes, for a check made of every record a batch brings).
  static func isHash(_ text: String) -> Bool {
    guard text.utf8.count == 64 else { return false }
    var text = text
    return text.withUTF8 { digits in digits.allSatisfy { value($0) != nil } }
  }

  private static func value(_ digit: UInt8) -> UInt8? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
    default: nil
    }
  }

  /// Lowercase hex of a digest's bytes.
  static func hex(_ digest: some Collection<UInt8>) -> String {
    String(unsafeUninitializedCapacity: digest.count * 2) { buffer in
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
