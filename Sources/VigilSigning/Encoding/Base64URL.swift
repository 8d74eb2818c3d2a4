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
    var output: [UInt8] = []
    append(bytes, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// Appends the bytes as base64url without padding to `output`.
  public static func append(_ bytes: some Collection<UInt8>, to output: inout [UInt8]) {
    if let done: Void = bytes.withContiguousStorageIfAvailable({ append($0, to: &output) }) { return done }
    Array(bytes).withUnsafeBufferPointer { append($0, to: &output) }
  }

  /// The number of characters `count` bytes encode to.
  public static func encodedCount(_ count: Int) -> Int { (count * 4 + 2) / 3 }

  private static func append(_ input: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    let start = output.count
    output.append(contentsOf: repeatElement(0, count: encodedCount(input.count)))
    output.withUnsafeMutableBufferPointer { output in _ = write(input, to: output.baseAddress! + start) }
  }

  /// Writes the bytes as base64url without padding at `target`, which has room for
  /// ``encodedCount(_:)`` characters, and returns where the text ends.
  static func write(
    _ input: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>
  ) -> UnsafeMutablePointer<UInt8> {
    guard var source = input.baseAddress else { return target }
    return alphabet.withUnsafeBufferPointer { alphabet in
      // Three bytes to four characters at a time, through pointers: a credential encodes about 3 KB.
      var target = target
      for _ in 0..<input.count / 3 {
        let chunk = Int(source[0]) << 16 | Int(source[1]) << 8 | Int(source[2])
        target[0] = alphabet[chunk >> 18]
        target[1] = alphabet[chunk >> 12 & 0x3F]
        target[2] = alphabet[chunk >> 6 & 0x3F]
        target[3] = alphabet[chunk & 0x3F]
        source += 3
        target += 4
      }
      switch input.count % 3 {
      case 1:
        let chunk = Int(source[0]) << 16
        target[0] = alphabet[chunk >> 18]
        target[1] = alphabet[chunk >> 12 & 0x3F]
        return target + 2
      case 2:
        let chunk = Int(source[0]) << 16 | Int(source[1]) << 8
        target[0] = alphabet[chunk >> 18]
        target[1] = alphabet[chunk >> 12 & 0x3F]
        target[2] = alphabet[chunk >> 6 & 0x3F]
        return target + 3
      default:
        return target
      }
    }
  }

  /// The bytes a strict base64url text encodes, or nil when it is not one.
  public static func decode(_ text: some StringProtocol) -> [UInt8]? {
    decode(bytes: Array(text.utf8))
  }

  /// The bytes a strict base64url text (as UTF-8 bytes) encodes, or nil when it is not one.
  public static func decode(bytes text: [UInt8]) -> [UInt8]? {
    guard text.count % 4 != 1 else { return nil }
    var output = [UInt8](repeating: 0, count: text.count * 3 / 4)
    let decoded = values.withUnsafeBufferPointer { values in
      text.withUnsafeBufferPointer { text in
        output.withUnsafeMutableBufferPointer { output -> Bool in
          var accumulator: UInt32 = 0
          var bits: UInt32 = 0
          var written = 0
          for character in text {
            let value = values[Int(character)]
            guard value != 0xFF else { return false }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
              bits -= 8
              output[written] = UInt8(truncatingIfNeeded: accumulator >> bits)
              written += 1
              accumulator &= (1 << bits) - 1
            }
          }
          // The bits left over must be zero: otherwise a second text decodes to the same bytes.
          return accumulator == 0
        }
      }
    }
    return decoded ? output : nil
  }

  /// Whether every byte is in the base64url alphabet.
  public static func isAlphabet(_ text: some Sequence<UInt8>) -> Bool {
    text.allSatisfy { values[Int($0)] != 0xFF }
  }
}
