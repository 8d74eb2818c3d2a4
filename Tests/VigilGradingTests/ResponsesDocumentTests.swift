import Testing
import VigilGrading

/// The strict responses-file reader: what it accepts, and hostile input with the exact code and place.
@Suite struct ResponsesDocumentTests {
  /// A file the reader accepts and the entries it must give (key, value), worked out by hand.
  struct Accepted: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var entries: [(String, ResponsesValue)]
    var testDescription: String { name }

    init(_ name: String, _ text: String, _ entries: [(String, ResponsesValue)]) {
      self.init(name, bytes: Array(text.utf8), entries)
    }

    init(_ name: String, bytes: [UInt8], _ entries: [(String, ResponsesValue)]) {
      self.name = name
      self.bytes = bytes
      self.entries = entries
    }
  }

  static let accepted: [Accepted] = [
    Accepted("empty object", "{}", []),
    Accepted("white space around", " \r\n\t{ \n } \n", []),
    Accepted("every value type", #"{"q1":"a c","q2":42,"q3":true,"q4":false}"#,
      [("q1", .string("a c")), ("q2", .number("42")), ("q3", .boolean(true)), ("q4", .boolean(false))]),
    Accepted("numbers keep their text", #"{"a":1e400,"b":-0.5E+3,"c":0.10,"d":-0,"e":0}"#,
      [("a", .number("1e400")), ("b", .number("-0.5E+3")), ("c", .number("0.10")), ("d", .number("-0")),
       ("e", .number("0"))]),
    Accepted("surrogate pair", #"{"q1":"\ud83d\ude00"}"#, [("q1", .string("😀"))]),
    Accepted("simple escapes", #"{"q1":"\"\\\/\b\f\n\r\t"}"#, [("q1", .string("\"\\/\u{8}\u{C}\n\r\t"))]),
    Accepted("unicode escape in a key", #"{"caf\u00E9":"x"}"#, [("café", .string("x"))]),
    Accepted("raw UTF-8", #"{"q1":"é 😀 中"}"#, [("q1", .string("é 😀 中"))]),
    Accepted("escaped NUL reaches the answer", #"{"q1":"a\u0000"}"#, [("q1", .string("a\u{0}"))]),
    Accepted("UTF-8 byte order mark", bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"q1":"a"}"#.utf8), [("q1", .string("a"))]),
    Accepted("order kept", #"{"z":"1","a":"2","m":"3"}"#, [("z", .string("1")), ("a", .string("2")), ("m", .string("3"))]),
  ]

  @Test(arguments: accepted)
  func acceptsWellFormedFiles(_ example: Accepted) throws {
    let document = try ResponsesDocument(parsing: example.bytes)
    #expect(document.entries.map(\.key) == example.entries.map(\.0))
    #expect(document.entries.map(\.value) == example.entries.map(\.1))
  }

  /// A file the reader refuses: the code, where (`line:column`, nil for the whole file) and part of the message.
  struct Refused: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var code: ResponsesDocumentError.Code
    var position: String?
    var message: String
    var testDescription: String { name }

    init(_ name: String, _ text: String, _ code: ResponsesDocumentError.Code, _ position: String?, _ message: String) {
      self.init(name, bytes: Array(text.utf8), code, position, message)
    }

    init(_ name: String, bytes: [UInt8], _ code: ResponsesDocumentError.Code, _ position: String?, _ message: String) {
      self.name = name
      self.bytes = bytes
      self.code = code
      self.position = position
      self.message = message
    }
  }

  static let deep = String(repeating: "[", count: 100_000)

  static let refused: [Refused] = [
    Refused("empty file", "", .empty, "1:1", "the file is empty; write {} for a sheet with no answers"),
    Refused("only white space", "  \n ", .empty, "2:2", "the file is empty"),
    Refused("array", #"["a"]"#, .notAnObject, "1:1", "but the file starts with an array"),
    Refused("string", #""a""#, .notAnObject, "1:1", "starts with a string"),
    Refused("duplicate key", #"{"q1":"a","q1":"b"}"#, .duplicateKey, "1:11",
      "$.q1 is given twice (first at 1:2); keep one answer per question"),
    Refused("duplicate key by escape", #"{"q1":"a","q\u0031":"b"}"#, .duplicateKey, "1:11", "$.q1 is given twice"),
    Refused("duplicate key, canonically equivalent", "{\"\u{E9}\":1,\"e\u{301}\":2}", .duplicateKey, "1:8",
      "is given twice (first at 1:2)"),
    Refused("duplicate key on CR LF lines", "{\r\n\"q1\":\"a\",\r\n\"q1\":\"b\"}", .duplicateKey, "3:1", "(first at 2:1)"),
    Refused("trailing text", #"{"q1":"a"} x"#, .trailingText, "1:12", "'x' after the closing }"),
    Refused("second object", #"{}{}"#, .trailingText, "1:3", "a responses file holds one object"),
    Refused("trailing comma", #"{"q1":"a",}"#, .syntax, "1:11", "a comma before } is not allowed in JSON"),
    Refused("unclosed object", #"{"q1":"a""#, .unexpectedEnd, "1:10", "the file ends inside the object; close it with }"),
    Refused("unclosed string", #"{"q1":"a"#, .unexpectedEnd, "1:7", "the string that starts here is not closed"),
    Refused("null", #"{"q1":null}"#, .nullValue, "1:7", "null is not an answer; leave $.q1 out"),
    Refused("array value", #"{"q1":["a"]}"#, .nestedValue, "1:7", "expected the answer as text"),
    Refused("object value", #"{"q1":{}}"#, .nestedValue, "1:7", "not an object"),
    Refused("100,000 nested arrays", #"{"q1":"# + deep, .nestedValue, "1:7", "not an array"),
    Refused("100,000 nested arrays at the top", deep, .notAnObject, "1:1", "starts with an array"),
    Refused("leading zero", #"{"q1":01}"#, .invalidNumber, "1:7", "cannot start with 0"),
    Refused("point without digits", #"{"q1":1.}"#, .invalidNumber, "1:7", "a decimal point must be followed by digits"),
    Refused("bare minus", #"{"q1":-}"#, .invalidNumber, "1:7", "a minus sign must be followed by digits"),
    Refused("plus sign", #"{"q1":+1}"#, .invalidNumber, "1:7", "not +"),
    Refused("leading point", #"{"q1":.5}"#, .invalidNumber, "1:7", "not ."),
    Refused("exponent without digits", #"{"q1":1e}"#, .invalidNumber, "1:7", "an exponent must be followed by digits"),
    Refused("lone high surrogate", #"{"q1":"\ud83d"}"#, .invalidEscape, "1:8",
      "\\uD83D is the first half of a surrogate pair without its second half"),
    Refused("lone low surrogate", #"{"q1":"\ude00"}"#, .invalidEscape, "1:8", "\\uDE00 is the second half"),
    Refused("high surrogate then a letter", #"{"q1":"\ud83d\u0041"}"#, .invalidEscape, "1:8", "first half"),
    Refused("unknown escape", #"{"q1":"\x"}"#, .invalidEscape, "1:8", "\\x is not a JSON escape"),
    Refused("short unicode escape", #"{"q1":"\u12"}"#, .invalidEscape, "1:8", "\\u must be followed by four hex digits"),
    Refused("raw tab in a string", "{\"q1\":\"a\tb\"}", .controlCharacter, "1:9", "the control character U+0009"),
    Refused("raw line break in a string", "{\"q1\":\"a\nb\"}", .controlCharacter, "1:9",
      "the string that starts at 1:7 runs on past the end of its line"),
    Refused("invalid UTF-8", bytes: Array(#"{"q1":""#.utf8) + [0xC3, 0x22, 0x7D], .invalidUTF8, "1:8",
      "the file is not UTF-8: byte 0xC3"),
    Refused("Latin-1 é", bytes: Array(#"{"q1":"caf"#.utf8) + [0xE9, 0x22, 0x7D], .invalidUTF8, "1:11", "byte 0xE9"),
    Refused("overlong slash", bytes: Array(#"{"q1":""#.utf8) + [0xC0, 0xAF, 0x22, 0x7D], .invalidUTF8, "1:8", "0xC0"),
    Refused("UTF-8 encoded surrogate", bytes: Array(#"{"q1":""#.utf8) + [0xED, 0xA0, 0x80, 0x22, 0x7D], .invalidUTF8,
      "1:8", "0xED"),
    Refused("above U+10FFFF", bytes: Array(#"{"q1":""#.utf8) + [0xF4, 0x90, 0x80, 0x80, 0x22, 0x7D], .invalidUTF8,
      "1:8", "0xF4"),
    Refused("truncated at the end", bytes: Array(#"{"q1":""#.utf8) + [0xE2, 0x82], .invalidUTF8, "1:8", "0xE2"),
    Refused("NUL in a string", bytes: Array(#"{"q1":"a"#.utf8) + [0] + Array(#""}"#.utf8), .nulByte, "1:9",
      "the file holds a NUL byte (0x00) here"),
    Refused("NUL after the object", bytes: Array(#"{"q1":"a"}"#.utf8) + [0], .nulByte, "1:11", "NUL byte"),
    Refused("NUL comes before a later syntax error", bytes: [0x7B, 0x00, 0x5D], .nulByte, "1:2", "saved as UTF-16"),
    Refused("UTF-16 with byte order mark", bytes: [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], .notUTF8Encoding, "1:1",
      "the file is UTF-16"),
    Refused("UTF-32 with byte order mark", bytes: [0x00, 0x00, 0xFE, 0xFF, 0, 0, 0, 0x7B], .notUTF8Encoding, "1:1",
      "the file is UTF-32"),
    Refused("single quotes", "{'q1':'a'}", .syntax, "1:2", "double quotes"),
    Refused("bare word", #"{"q1":b}"#, .syntax, "1:7", "b is not a JSON value; put text in double quotes: \"b\""),
    Refused("truthy word", #"{"q1":trueish}"#, .syntax, "1:7", "trueish is not a JSON value"),
    Refused("missing colon", #"{"q1" "a"}"#, .syntax, "1:7", "expected : after the key $.q1, not '\"'"),
    Refused("missing comma", #"{"q1":"a" "q2":"b"}"#, .syntax, "1:11", "expected , or } after the answer to $.q1"),
    Refused("no-break space", "{\"q1\":\u{A0}\"a\"}", .syntax, "1:7", "not U+00A0"),
    Refused("number key", #"{1:"a"}"#, .syntax, "1:2", "expected a question id in double quotes"),
    Refused("odd key is escaped in the path", "{\"a\u{202E}b\":\"x\",\"a\u{202E}b\":\"y\"}", .duplicateKey, "1:12",
      "$[\"a\\u202Eb\"] is given twice"),
  ]

  @Test(arguments: refused)
  func refusesHostileFiles(_ example: Refused) {
    #expect(throws: ResponsesDocumentError.self) { try ResponsesDocument(parsing: example.bytes) }
    do {
      _ = try ResponsesDocument(parsing: example.bytes)
    } catch {
      #expect(error.code == example.code)
      #expect(error.position.map(String.init(describing:)) == example.position)
      #expect(error.message.contains(example.message), "\(error.message)")
    }
  }

  @Test func fileOverTheLimitIsRefusedWhole() {
    let bytes = Array("{\"q1\":\"".utf8) + Array(repeating: UInt8(ascii: "a"), count: ResponsesDocument.maximumBytes)
    do {
      _ = try ResponsesDocument(parsing: bytes)
      Issue.record("a file over 1 MiB was read")
    } catch {
      #expect(error.code == .tooLarge)
      #expect(error.position == nil)
      #expect(error.message.hasPrefix("the file is larger than 1048576 bytes (1 MiB)"))
    }
  }

  @Test func entriesKnowWhereTheyWereWritten() throws {
    let document = try ResponsesDocument(parsing: Array("{\n  \"q1\": \"a\",\n  \"two words\": 7\n}".utf8))
    #expect(document.entries.map(\.keyPosition) == [TextPosition(line: 2, column: 3), TextPosition(line: 3, column: 3)])
    #expect(document.entries.map(\.valuePosition) == [TextPosition(line: 2, column: 9), TextPosition(line: 3, column: 16)])
    #expect(document.entries.map(\.path) == ["$.q1", "$[\"two words\"]"])
  }

  @Test func valuesAreTypedAsALicenseeWould() {
    #expect(ResponsesValue.number("1e400").typedText == "1e400")
    #expect(ResponsesValue.boolean(false).typedText == "false")
    #expect(ResponsesValue.string("a c").typedText == "a c")
  }

  @Test func echoedKeysAreEscapedAndShortened() {
    #expect(ResponsesPath.escaped("\u{1B}[31mred") == "\\u001B[31mred")
    #expect(ResponsesPath.escaped(String(repeating: "k", count: 50)) == String(repeating: "k", count: 40) + "…")
    #expect(ResponsesPath.path(of: "q-01_b") == "$.q-01_b")
    #expect(ResponsesPath.path(of: "1st") == "$[\"1st\"]")
  }
}
