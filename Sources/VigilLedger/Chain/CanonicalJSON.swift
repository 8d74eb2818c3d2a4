/// Builds the canonical JSON text of a record for the event chain: one object, keys in the order
/// written (callers write them sorted), no spaces, strings escaped the same way every time.
///
/// The same record always gives the same bytes, so its SHA-256 can be compared later. Numbers are
/// integers, or doubles in Swift's shortest round-trip form (`85.5`, `70.0`). The text is built as
/// UTF-8 bytes: the ledger writes one of these per chained row, so it avoids string appends.
struct CanonicalJSON {
  private(set) var bytes: [UInt8]
  private var isEmpty = true

  init() {
    bytes = [UInt8(ascii: "{")]
    bytes.reserveCapacity(256)
  }

  /// Writes a string field, or `null`.
  mutating func field(_ key: StaticString, _ value: String?) {
    writeKey(key)
    if let value { Self.appendString(value, to: &bytes) } else { appendNull() }
  }

  /// Writes an integer field, or `null`.
  mutating func field(_ key: StaticString, _ value: Int64?) {
    writeKey(key)
    if let value { Self.appendInteger(value, to: &bytes) } else { appendNull() }
  }

  /// Writes a double field, or `null` (the ledger never stores non-finite values).
  mutating func field(_ key: StaticString, _ value: Double?) {
    writeKey(key)
    if let value { bytes.append(contentsOf: value.description.utf8) } else { appendNull() }
  }

  /// Writes an array of objects, each already canonical.
  mutating func field(_ key: StaticString, objects: [CanonicalJSON]) {
    writeKey(key)
    bytes.append(UInt8(ascii: "["))
    for (index, object) in objects.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      bytes.append(contentsOf: object.bytes)
      bytes.append(UInt8(ascii: "}"))
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Writes a value that is already JSON text, as stored (a list column such as `topics`).
  mutating func field(_ key: StaticString, json value: String) {
    writeKey(key)
    bytes.append(contentsOf: value.utf8)
  }

  /// The finished object's bytes (the builder is used up).
  consuming func finishedBytes() -> [UInt8] {
    bytes.append(UInt8(ascii: "}"))
    return bytes
  }

  /// The finished object as text (the builder is used up).
  consuming func finished() -> String { String(decoding: finishedBytes(), as: UTF8.self) }

  private mutating func appendNull() {
    bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
  }

  private mutating func writeKey(_ key: StaticString) {
    if !isEmpty { bytes.append(UInt8(ascii: ",")) }
    isEmpty = false
    bytes.append(UInt8(ascii: "\""))
    key.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
  }

  /// Appends `value` as a JSON string: `"` and `\` escaped, control characters as `\n`, `\t`, `\r`
  /// or `\u00XX`; everything else as its UTF-8 bytes.
  static func appendString(_ value: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    defer { bytes.append(UInt8(ascii: "\"")) }
    guard value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
      bytes.append(contentsOf: value.utf8)
      return
    }
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(byte)
      case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0..<0x20:
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
        bytes.append(hexDigits[Int(byte >> 4)])
        bytes.append(hexDigits[Int(byte & 0x0F)])
      default: bytes.append(byte)
      }
    }
  }

  /// Appends the decimal digits of `value`.
  static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    let start = bytes.count
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    bytes[start...].reverse()
  }

  /// Lowercase hex digits.
  static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
