import Testing
@testable import VigilSigning

@Suite struct StrictJSONParserTests {
  private func parse(_ text: String) throws(StrictJSONParser.Problem) -> JSONValue { try StrictJSONParser.parse(Array(text.utf8)) }

  @Test func readsValuesAndEscapes() throws {
    let value = try parse(#" {"a":[1,-2,3.5,true,false,null],"b":"\u00e9\ud83d\ude00\n\/"} "#)
    guard case .object(let object) = value else {
      Issue.record("not an object")
      return
    }
    #expect(object.names == ["a", "b"])
    #expect(object["a"] == .array([.integer(1), .integer(-2), .number("3.5"), .bool(true), .bool(false), .null]))
    #expect(object["b"] == .string("é😀\n/"))
  }

  @Test func refusesWhatAStrictReaderMust() {
    let cases: [(String, String)] = [
      (#"{"a":1,"a":2}"#, "appears twice"),
      (#"{"a":1} x"#, "text after"),
      (#""\ud800""#, "lone surrogate"),
      (#""\udc00""#, "lone surrogate"),
      ("\"a\u{01}\"", "control character"),
      ("[01]", "leading zero"),
      ("[1.]", "no digits after"),
      (#"{"a" 1}"#, "followed by ':'"),
      ("[1,]", "unexpected character"),
      (String(repeating: "[", count: 40) + String(repeating: "]", count: 40), "deeper than 32"),
    ]
    for (text, expected) in cases {
      do {
        let value = try parse(text)
        Issue.record("\(text) was read as \(value)")
      } catch {
        #expect(error.reason.contains(expected), "\(text): \(error.reason)")
      }
    }
    #expect(throws: StrictJSONParser.Problem.self) { try StrictJSONParser.parse([0x22, 0xC3, 0x22]) }  // invalid UTF-8
  }
}
