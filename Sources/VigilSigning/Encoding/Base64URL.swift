/// Base64url without padding (RFC 4648 §5, as RFC 7515 uses it), written and read by hand.
///
/// Decoding is strict: only `A–Z a–z 0–9 - _`, no `=` padding, no white space, no length that no
/// encoding has, and the unused low bits of the last character must be zero, so each byte string has
/// exactly one encoding (a changed last character can never decode to the same bytes).
public enum Base64URL {
  private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

  private static let values: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    for (index, character) in alphabet.enumerated() { table[Int(character)] = UInt8(index) }
    return table
  }()

  /// The bytes as base64url without padding.
  public static func encode(_ bytes: some Collection<UInt8>) -> String {
    let input = Array(bytes)
    var output: [UInt8] = []
    output.reserveCapacity((input.count * 4 + 2) / 3)
    var index = 0
    while index + 3 <= input.count {
      let chunk = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
      output.append(alphabet[Int(chunk >> 18 & 0x3F)])
      output.append(alphabet[Int(chunk >> 12 & 0x3F)])
      output.append(alphabet[Int(chunk >> 6 & 0x3F)])
      output.append(alphabet[Int(chunk & 0x3F)])
      index += 3
    }
    let remaining = input.count - index
    if remaining == 1 {
      let chunk = UInt32(input[index]) << 16
      output.append(alphabet[Int(chunk >> 18 & 0x3F)])
      output.append(alphabet[Int(chunk >> 12 & 0x3F)])
    } else if remaining == 2 {
      let chunk = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8
      output.append(alphabet[Int(chunk >> 18 & 0x3F)])
      output.append(alphabet[Int(chunk >> 12 & 0x3F)])
      output.append(alphabet[Int(chunk >> 6 & 0x3F)])
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The bytes a strict base64url text encodes, or nil when it is not one.
  public static func decode(_ text: some StringProtocol) -> [UInt8]? {
    decode(bytes: Array(text.utf8))
  }

  /// The bytes a strict base64url text (as UTF-8 bytes) encodes, or nil when it is not one.
  public static func decode(bytes text: [UInt8]) -> [UInt8]? {
    guard text.count % 4 != 1 else { return nil }
    var output: [UInt8] = []
    output.reserveCapacity(text.count * 3 / 4)
    var accumulator: UInt32 = 0
    var bits = 0
    for character in text {
      let value = values[Int(character)]
      guard value != 0xFF else { return nil }
      accumulator = accumulator << 6 | UInt32(value)
      bits += 6
      if bits >= 8 {
        bits -= 8
        output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
        accumulator &= (1 << UInt32(bits)) - 1
      }
    }
    // The bits left over must be zero: otherwise a second text decodes to the same bytes.
    guard accumulator == 0 else { return nil }
    return output
  }

  /// Whether every byte is in the base64url alphabet.
  public static func isAlphabet(_ text: some Sequence<UInt8>) -> Bool {
    text.allSatisfy { values[Int($0)] != 0xFF }
  }
}
