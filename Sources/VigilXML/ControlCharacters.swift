/// Finds the characters that text and attribute values of Vigil files must not hold although XML allows
/// them: C0 controls other than tab, line feed and carriage return, DEL, C1 controls (U+0080 to U+009F),
/// and the bidirectional embeddings, overrides (U+202A to U+202E) and isolates (U+2066 to U+2069). A
/// terminal, a certificate or a board's screen would act on them instead of showing them.
///
/// Characters are found as written and as character references (`&#x202E;`, `&#133;`): with entities
/// never expanded, these are the only ways a character reaches the parsed text.
enum ControlCharacters {
  /// The forbidden character that starts at `offset`, written as itself or (when `references` is true)
  /// as a character reference, or nil.
  static func forbidden(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, references: Bool) -> UInt32? {
    let byte = bytes[offset]
    switch byte {
    case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F:
      return UInt32(byte)
    case 0xC2:
      guard offset + 1 < bytes.count, (0x80...0x9F).contains(bytes[offset + 1]) else { return nil }
      return UInt32(bytes[offset + 1])
    case 0xE2:
      guard offset + 2 < bytes.count else { return nil }
      let second = bytes[offset + 1]
      let third = bytes[offset + 2]
      guard (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
      else { return nil }
      return 0x2000 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
    case UInt8(ascii: "&"):
      guard references, let value = referenceValue(in: bytes, at: offset), isForbidden(value) else { return nil }
      return value
    default:
      return nil
    }
  }

  /// Whether a character must not appear in text or attribute values.
  static func isForbidden(_ value: UInt32) -> Bool {
    switch value {
    case 0x09, 0x0A, 0x0D: return false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// What kind of character it is, for messages.
  static func describe(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    switch value {
    case 0x202A...0x202E: return "\(code) (a bidirectional embedding or override)"
    case 0x2066...0x2069: return "\(code) (a bidirectional isolate)"
    default: return "\(code) (a control character)"
    }
  }

  /// The value of the character reference (`&#NNN;` or `&#xHHH;`) at `offset`, or nil when there is none.
  private static func referenceValue(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32? {
    guard offset + 2 < bytes.count, bytes[offset + 1] == UInt8(ascii: "#") else { return nil }
    var index = offset + 2
    let isHex = bytes[index] == UInt8(ascii: "x")
    if isHex { index += 1 }
    // Leading zeros are allowed, so the digits are not counted; the value stops growing past U+10FFFF.
    var value: UInt32 = 0
    var digits = 0
    while index < bytes.count {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f") where isHex: digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F") where isHex: digit = UInt32(byte - UInt8(ascii: "A") + 10)
      case UInt8(ascii: ";"): return digits > 0 ? value : nil
      default: return nil
      }
      value = min(value * (isHex ? 16 : 10) + digit, 0x11_0000)
      digits += 1
      index += 1
    }
    return nil
  }
}
