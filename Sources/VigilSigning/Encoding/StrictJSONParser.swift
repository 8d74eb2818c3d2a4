import VigilBase

/// A small strict JSON parser (RFC 8259) for the untrusted JSON Vigil reads: token headers, JWK Sets,
/// checkpoint payloads and credential claims.
///
/// It refuses invalid UTF-8, a member name written twice in one object (RFC 7515 lets a verifier
/// refuse it, and two readers could otherwise see two different headers), lone surrogates, control
/// characters in strings, nesting deeper than ``maximumDepth`` and anything after the value.
public struct StrictJSONParser {
  /// How deeply arrays and objects may nest.
  public static let maximumDepth = 32

  /// What is wrong with the text, in words.
  public struct Problem: Error {
    /// Why the text is not JSON, with the byte offset where it stops being JSON.
    public var reason: String
  }

  private let bytes: [UInt8]
  private var index = 0

  private init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Parses one JSON value that fills the whole text.
  public static func parse(_ bytes: [UInt8]) throws(Problem) -> JSONValue {
    guard String(validating: bytes, as: UTF8.self) != nil else { throw Problem(reason: "it is not valid UTF-8") }
    var parser = StrictJSONParser(bytes)
    parser.skipWhiteSpace()
    let value = try parser.value(depth: 0)
    parser.skipWhiteSpace()
    guard parser.index == bytes.count else { throw Problem(reason: "there is text after the JSON value at byte \(parser.index)") }
    return value
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipWhiteSpace() {
    while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
  }

  private func problem(_ reason: String) -> Problem { Problem(reason: "\(reason) at byte \(index)") }

  private mutating func value(depth: Int) throws(Problem) -> JSONValue {
    guard depth < Self.maximumDepth else { throw problem("it nests deeper than \(Self.maximumDepth) levels") }
    guard let byte = current else { throw problem("it ends where a value should be") }
    switch byte {
    case UInt8(ascii: "{"): return .object(try object(depth: depth))
    case UInt8(ascii: "["): return .array(try array(depth: depth))
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw problem("it has an unexpected character")
    }
  }

  private mutating func literal(_ word: StaticString) throws(Problem) {
    let matches = word.withUTF8Buffer { expected in
      index + expected.count <= bytes.count && bytes[index..<index + expected.count].elementsEqual(expected)
    }
    guard matches else { throw problem("it has an unexpected word") }
    index += word.utf8CodeUnitCount
  }

  private mutating func object(depth: Int) throws(Problem) -> JSONObject {
    index += 1
    var object = JSONObject()
    skipWhiteSpace()
    if current == UInt8(ascii: "}") {
      index += 1
      return object
    }
    while true {
      skipWhiteSpace()
      guard current == UInt8(ascii: "\"") else { throw problem("an object member has no quoted name") }
      let name = try string()
      skipWhiteSpace()
      guard current == UInt8(ascii: ":") else { throw problem("a member name is not followed by ':'") }
      index += 1
      skipWhiteSpace()
      let member = try value(depth: depth + 1)
      guard object.add(name, member) else {
        throw Problem(reason: "the member \(Echo.quoted(name)) appears twice in one object")
      }
      skipWhiteSpace()
      switch current {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        index += 1
        return object
      default: throw problem("an object member is not followed by ',' or '}'")
      }
    }
  }

  private mutating func array(depth: Int) throws(Problem) -> [JSONValue] {
    index += 1
    var elements: [JSONValue] = []
    skipWhiteSpace()
    if current == UInt8(ascii: "]") {
      index += 1
      return elements
    }
    while true {
      skipWhiteSpace()
      elements.append(try value(depth: depth + 1))
      skipWhiteSpace()
      switch current {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"):
        index += 1
        return elements
      default: throw problem("an array element is not followed by ',' or ']'")
      }
    }
  }

  private mutating func string() throws(Problem) -> String {
    index += 1
    // Most strings hold no escape: read them straight from the text.
    let start = index
    while index < bytes.count, bytes[index] >= 0x20, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
      index += 1
    }
    if current == UInt8(ascii: "\"") {
      index += 1
      return String(decoding: bytes[start..<index - 1], as: UTF8.self)
    }
    var output = Array(bytes[start..<index])
    while true {
      guard let byte = current else { throw problem("a string is not closed") }
      index += 1
      switch byte {
      case UInt8(ascii: "\""):
        return String(decoding: output, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try escape(into: &output)
      case 0..<0x20:
        throw problem("a string holds a control character")
      default:
        output.append(byte)
      }
    }
  }

  private mutating func escape(into output: inout [UInt8]) throws(Problem) {
    guard let byte = current else { throw problem("a string ends inside an escape") }
    index += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(byte)
    case UInt8(ascii: "b"): output.append(0x08)
    case UInt8(ascii: "f"): output.append(0x0C)
    case UInt8(ascii: "n"): output.append(0x0A)
    case UInt8(ascii: "r"): output.append(0x0D)
    case UInt8(ascii: "t"): output.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try hexQuad()
      if (0xD800..<0xDC00).contains(scalar) {
        guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
          throw problem("a string holds a lone surrogate")
        }
        index += 2
        let low = try hexQuad()
        guard (0xDC00..<0xE000).contains(low) else { throw problem("a string holds a lone surrogate") }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00..<0xE000).contains(scalar) {
        throw problem("a string holds a lone surrogate")
      }
      guard let unicode = Unicode.Scalar(scalar) else { throw problem("a string holds an invalid escape") }
      output.append(contentsOf: Array(String(Character(unicode)).utf8))
    default:
      throw problem("a string holds an invalid escape")
    }
  }

  private mutating func hexQuad() throws(Problem) -> UInt32 {
    guard index + 4 <= bytes.count else { throw problem("a \\u escape is cut short") }
    var value: UInt32 = 0
    for byte in bytes[index..<index + 4] {
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw problem("a \\u escape has a character that is not hex")
      }
      value = value << 4 | digit
    }
    index += 4
    return value
  }

  private mutating func number() throws(Problem) -> JSONValue {
    let start = index
    func digits(_ parser: inout StrictJSONParser) -> Int {
      let begin = parser.index
      while let byte = parser.current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { parser.index += 1 }
      return parser.index - begin
    }
    if current == UInt8(ascii: "-") { index += 1 }
    let integerStart = index
    let integerDigits = digits(&self)
    guard integerDigits > 0 else { throw problem("a number has no digits") }
    guard integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { throw problem("a number has a leading zero") }
    var isInteger = true
    if current == UInt8(ascii: ".") {
      index += 1
      isInteger = false
      guard digits(&self) > 0 else { throw problem("a number has no digits after '.'") }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      isInteger = false
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      guard digits(&self) > 0 else { throw problem("a number has no digits in its exponent") }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    if isInteger, let value = Int64(text) { return .integer(value) }
    return .number(text)
  }
}
