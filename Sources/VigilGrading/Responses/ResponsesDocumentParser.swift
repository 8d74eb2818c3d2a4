/// The strict reader behind ``ResponsesDocument/init(parsing:)``: the object, its keys and values.
///
/// Strings are in `+Strings`, encoding checks and positions in `+Encoding`.
struct ResponsesDocumentParser {
  /// The file.
  let bytes: [UInt8]
  /// The next byte to read.
  var index = 0
  /// The position of ``index``.
  var line = 1
  var column = 1
  /// Whether the byte before ``index`` was a CR (so an LF after it ends no second line).
  var afterCR = false

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The position of the next byte.
  var position: TextPosition { TextPosition(line: line, column: column) }

  /// The next byte, if any.
  var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// The whole document: one object, then only white space.
  mutating func document() throws(ResponsesDocumentError) -> [ResponsesDocument.Entry] {
    try checkEncoding()
    skipWhitespace()
    guard let first = peek else {
      throw ResponsesDocumentError(.empty, at: position, "the file is empty; write {} for a sheet with no answers")
    }
    guard first == UInt8(ascii: "{") else { throw notAnObject(first) }
    advance()
    var entries: [ResponsesDocument.Entry] = []
    var seen: [String: TextPosition] = [:]
    skipWhitespace()
    if peek == UInt8(ascii: "}") {
      advance()
    } else {
      while true {
        let entry = try entry()
        if let earlier = seen[entry.key] {
          throw ResponsesDocumentError(
            .duplicateKey, at: entry.keyPosition, path: entry.path,
            "\(entry.path) is given twice (first at \(earlier)); keep one answer per question")
        }
        seen[entry.key] = entry.keyPosition
        entries.append(entry)
        skipWhitespace()
        guard let next = peek else { throw unclosedObject() }
        if next == UInt8(ascii: "}") {
          advance()
          break
        }
        guard next == UInt8(ascii: ",") else {
          throw unexpected("expected , or } after the answer to \(entry.path)", path: entry.path)
        }
        advance()
      }
    }
    skipWhitespace()
    guard index == bytes.count else {
      throw ResponsesDocumentError(
        .trailingText, at: position,
        "\(describeNext()) after the closing }; a responses file holds one object, so remove it or move its answers into the object")
    }
    return entries
  }

  /// One `"key": value` pair, from the white space before the key.
  private mutating func entry() throws(ResponsesDocumentError) -> ResponsesDocument.Entry {
    skipWhitespace()
    let keyPosition = position
    guard let byte = peek else { throw unclosedObject() }
    guard byte == UInt8(ascii: "\"") else {
      if byte == UInt8(ascii: "}") {
        throw ResponsesDocumentError(
          .syntax, at: position, "a comma before } is not allowed in JSON; remove the last comma")
      }
      if byte == UInt8(ascii: "'") {
        throw ResponsesDocumentError(
          .syntax, at: position, "JSON keys are written in double quotes, like \"q01\", not single quotes")
      }
      throw unexpected("expected a question id in double quotes, like \"q01\"")
    }
    let key = try string()
    let path = ResponsesPath.path(of: key)
    skipWhitespace()
    guard peek == UInt8(ascii: ":") else {
      if peek == nil { throw unclosedObject() }
      throw unexpected("expected : after the key \(path)", path: path)
    }
    advance()
    skipWhitespace()
    let valuePosition = position
    let value = try value(path: path)
    return ResponsesDocument.Entry(key: key, value: value, keyPosition: keyPosition, valuePosition: valuePosition)
  }

  /// An answer: a string, a number or a boolean.
  private mutating func value(path: String) throws(ResponsesDocumentError) -> ResponsesValue {
    guard let byte = peek else { throw unclosedObject() }
    switch byte {
    case UInt8(ascii: "\""):
      return .string(try string(path: path))
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .number(try number(path: path))
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      let what = byte == UInt8(ascii: "[") ? "an array" : "an object"
      throw ResponsesDocumentError(
        .nestedValue, at: position, path: path,
        "expected the answer as text, like \"b\", \"a c\" or \"1b 2a\", or as a number or true/false, not \(what); "
          + "write several choices in one string: \"a c\"")
    case UInt8(ascii: "+"), UInt8(ascii: "."):
      throw ResponsesDocumentError(
        .invalidNumber, at: position, path: path,
        "a JSON number starts with a digit or -, not \(byte == UInt8(ascii: "+") ? "+" : "."); write 1 or 0.5, or put the answer in quotes")
    case UInt8(ascii: "'"):
      throw ResponsesDocumentError(
        .syntax, at: position, path: path, "JSON strings are written in double quotes, like \"b\", not single quotes")
    default:
      guard Self.isLetter(byte) else { throw unexpected("expected an answer, like \"b\", 42 or true", path: path) }
      return try word(path: path)
    }
  }

  /// `true`, `false`, or a bare word that should have been quoted (`null` is refused too).
  private mutating func word(path: String) throws(ResponsesDocumentError) -> ResponsesValue {
    let start = position
    let first = index
    while let byte = peek, Self.isLetter(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "_") { advance() }
    let text = String(decoding: bytes[first..<index], as: UTF8.self)
    switch text {
    case "true": return .boolean(true)
    case "false": return .boolean(false)
    case "null":
      throw ResponsesDocumentError(
        .nullValue, at: start, path: path,
        "null is not an answer; leave \(path) out to leave the question unanswered, or give an answer like \"b\"")
    default:
      let shown = ResponsesPath.escaped(text)
      throw ResponsesDocumentError(
        .syntax, at: start, path: path, "\(shown) is not a JSON value; put text in double quotes: \"\(shown)\"")
    }
  }

  /// A JSON number, kept as its exact text: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
  private mutating func number(path: String) throws(ResponsesDocumentError) -> String {
    let first = index
    let start = position
    func invalid(_ message: String) -> ResponsesDocumentError {
      ResponsesDocumentError(.invalidNumber, at: start, path: path, message)
    }
    if peek == UInt8(ascii: "-") { advance() }
    guard let lead = peek, Self.isDigit(lead) else { throw invalid("a minus sign must be followed by digits, like -2") }
    advance()
    if lead == UInt8(ascii: "0"), let next = peek, Self.isDigit(next) {
      throw invalid("a JSON number cannot start with 0 (only 0 itself, or 0.5 and the like); put the answer in quotes to keep the zero, like \"007\"")
    }
    skipDigits()
    if peek == UInt8(ascii: ".") {
      advance()
      guard let next = peek, Self.isDigit(next) else { throw invalid("a decimal point must be followed by digits: 1.0, not 1.") }
      skipDigits()
    }
    if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      advance()
      if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { advance() }
      guard let next = peek, Self.isDigit(next) else { throw invalid("an exponent must be followed by digits, like 1e3") }
      skipDigits()
    }
    return String(decoding: bytes[first..<index], as: UTF8.self)
  }

  private mutating func skipDigits() {
    while let byte = peek, Self.isDigit(byte) { advance() }
  }

  /// Skips JSON white space: space, tab, LF, CR.
  mutating func skipWhitespace() {
    while let byte = peek,
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    {
      advance()
    }
  }

  /// The file is JSON of another shape: say what it is.
  private func notAnObject(_ first: UInt8) -> ResponsesDocumentError {
    let found: String
    switch first {
    case UInt8(ascii: "["): found = "an array"
    case UInt8(ascii: "\""): found = "a string"
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): found = "a number"
    default: found = describeNext()
    }
    return ResponsesDocumentError(
      .notAnObject, at: position,
      "expected a JSON object mapping question ids to answers, like {\"q01\": \"b\"}, but the file starts with \(found)")
  }

  /// The file ended inside the object.
  private func unclosedObject() -> ResponsesDocumentError {
    ResponsesDocumentError(.unexpectedEnd, at: position, "the file ends inside the object; close it with }")
  }

  /// A syntax error at the next byte, naming it.
  private func unexpected(_ expectation: String, path: String = "$") -> ResponsesDocumentError {
    ResponsesDocumentError(.syntax, at: position, path: path, "\(expectation), not \(describeNext())")
  }

  static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

  static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }
}
