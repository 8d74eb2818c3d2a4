extension ResponsesDocumentParser {
  /// Refuses UTF-16 and UTF-32 (by their byte order marks), NUL bytes and invalid UTF-8 before any
  /// JSON is read, and skips a UTF-8 byte order mark. Afterwards every byte belongs to valid UTF-8.
  mutating func checkEncoding() throws(ResponsesDocumentError) {
    if let encoding = Self.foreignEncoding(bytes) {
      throw ResponsesDocumentError(
        .notUTF8Encoding, at: position, "the file is \(encoding) (it starts with that byte order mark); save it as UTF-8")
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    var scan = self
    while let byte = scan.peek {
      if byte == 0 {
        throw ResponsesDocumentError(
          .nulByte, at: scan.position,
          "the file holds a NUL byte (0x00) here; a responses file is UTF-8 text, and NUL bytes come from a binary "
            + "file or one saved as UTF-16; save it as UTF-8")
      }
      let length = Self.sequenceLength(bytes, at: scan.index)
      guard length > 0 else {
        let hex = String(byte, radix: 16, uppercase: true)
        throw ResponsesDocumentError(
          .invalidUTF8, at: scan.position,
          "the file is not UTF-8: byte 0x\(hex.count < 2 ? "0" + hex : hex) does not start a UTF-8 character here "
            + "(a Latin-1 or Windows-1252 file?); save it as UTF-8")
      }
      for _ in 0..<length { scan.advance() }
    }
  }

  /// Consumes one byte, keeping ``line`` and ``column``: LF, CR and CR LF end a line; a UTF-8
  /// continuation byte adds no column.
  mutating func advance() {
    guard index < bytes.count else { return }
    let byte = bytes[index]
    index += 1
    switch byte {
    case UInt8(ascii: "\r"):
      line += 1
      column = 1
      afterCR = true
    case UInt8(ascii: "\n"):
      if !afterCR {
        line += 1
        column = 1
      }
      afterCR = false
    default:
      afterCR = false
      if byte & 0xC0 != 0x80 { column += 1 }
    }
  }

  /// The next character for a message: `'x'`, `U+00A0`, or "the end of the file".
  func describeNext(quoted: Bool = true) -> String {
    guard index < bytes.count else { return "the end of the file" }
    let length = max(1, Self.sequenceLength(bytes, at: index))
    let text = String(decoding: bytes[index..<min(bytes.count, index + length)], as: UTF8.self)
    guard let scalar = text.unicodeScalars.first else { return "the end of the file" }
    if scalar.isASCII, scalar.value >= 0x21, scalar.value < 0x7F {
      return quoted ? "'\(Character(scalar))'" : String(Character(scalar))
    }
    return "U+\(ResponsesPath.hex4(scalar.value))"
  }

  /// The length of the valid UTF-8 sequence at `index`, or 0 when none starts there
  /// (Unicode's well-formed byte sequences: no overlong forms, no surrogates, nothing above U+10FFFF).
  static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let second: ClosedRange<UInt8>
    let length: Int
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
    case 0xE0: (second, length) = (0xA0...0xBF, 3)
    case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
    case 0xED: (second, length) = (0x80...0x9F, 3)
    case 0xF0: (second, length) = (0x90...0xBF, 4)
    case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
    case 0xF4: (second, length) = (0x80...0x8F, 4)
    default: return 0
    }
    guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return 0 }
    for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return 0 }
    return length
  }

  /// "UTF-16" or "UTF-32" when the file starts with one of their byte order marks.
  private static func foreignEncoding(_ bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32" }
    if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16" }
    return nil
  }
}
