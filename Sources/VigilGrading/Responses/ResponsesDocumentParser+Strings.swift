extension ResponsesDocumentParser {
  /// A JSON string from its opening quote, escapes resolved (the bytes are valid UTF-8 already).
  ///
  /// `path` names the answer the string belongs to; `nil` while reading a key.
  mutating func string(path: String = "$") throws(ResponsesDocumentError) -> String {
    let open = position
    advance()
    var text: [UInt8] = []
    while true {
      guard let byte = peek else {
        throw ResponsesDocumentError(
          .unexpectedEnd, at: open, path: path, "the string that starts here is not closed; end it with \"")
      }
      switch byte {
      case UInt8(ascii: "\""):
        advance()
        return String(decoding: text, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try escape(into: &text, path: path)
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        throw ResponsesDocumentError(
          .controlCharacter, at: position, path: path,
          "the string that starts at \(open) runs on past the end of its line; close it with \" or write a line break as \\n")
      case 0..<0x20:
        throw ResponsesDocumentError(
          .controlCharacter, at: position, path: path,
          "a string holds the control character U+\(ResponsesPath.hex4(UInt32(byte))); "
            + "JSON needs it escaped (\\t for a tab), and an answer is plain text, so remove it")
      default:
        text.append(byte)
        advance()
      }
    }
  }

  /// A backslash escape, appended to `text` as UTF-8.
  private mutating func escape(into text: inout [UInt8], path: String) throws(ResponsesDocumentError) {
    let start = position
    advance()
    guard let letter = peek else {
      throw ResponsesDocumentError(.unexpectedEnd, at: start, path: path, "the file ends inside an escape")
    }
    let simple: UInt8?
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = letter
    case UInt8(ascii: "b"): simple = 0x08
    case UInt8(ascii: "f"): simple = 0x0C
    case UInt8(ascii: "n"): simple = 0x0A
    case UInt8(ascii: "r"): simple = 0x0D
    case UInt8(ascii: "t"): simple = 0x09
    case UInt8(ascii: "u"): simple = nil
    default:
      throw ResponsesDocumentError(
        .invalidEscape, at: start, path: path,
        "\\\(describeNext(quoted: false)) is not a JSON escape; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u "
          + "with four hex digits, and a backslash itself is written \\\\")
    }
    advance()
    if let simple {
      text.append(simple)
      return
    }
    let unit = try hexUnit(start: start, path: path)
    let scalarValue: UInt32
    switch unit {
    case 0xD800...0xDBFF:
      let secondStart = position
      guard peek == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
        throw loneSurrogate(unit, at: start, path: path)
      }
      advance()
      advance()
      let low = try hexUnit(start: secondStart, path: path)
      guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(unit, at: start, path: path) }
      scalarValue = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
    case 0xDC00...0xDFFF:
      throw loneSurrogate(unit, at: start, path: path)
    default:
      scalarValue = unit
    }
    guard let scalar = Unicode.Scalar(scalarValue) else { throw loneSurrogate(unit, at: start, path: path) }
    text.append(contentsOf: String(Character(scalar)).utf8)
  }

  /// The four hex digits after `\u`.
  private mutating func hexUnit(start: TextPosition, path: String) throws(ResponsesDocumentError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = peek, let digit = Self.hexValue(byte) else {
        throw ResponsesDocumentError(
          .invalidEscape, at: start, path: path, "\\u must be followed by four hex digits, like \\u00E9 for é")
      }
      value = value << 4 | digit
      advance()
    }
    return value
  }

  private func loneSurrogate(_ unit: UInt32, at start: TextPosition, path: String) -> ResponsesDocumentError {
    let half = (0xD800...0xDBFF).contains(unit) ? "the first half of a surrogate pair without its second half" : "the second half of a surrogate pair without its first half"
    return ResponsesDocumentError(
      .invalidEscape, at: start, path: path,
      "\\u\(ResponsesPath.hex4(unit)) is \(half), so it is no character; write the character itself, "
        + "or both halves like \\uD83D\\uDE00")
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }
}
