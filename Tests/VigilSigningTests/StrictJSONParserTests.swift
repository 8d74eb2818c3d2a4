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

  /// Objects of more members than are looked through one by one are indexed: every member is still
  /// found, and a name given twice is still refused, wherever it comes.
  @Test(arguments: [3, 15, 16, 17, 40])
  func findsEveryMemberAndRefusesATwiceGivenNameInObjectsOfAnySize(members: Int) throws {
    let names = (0..<members).map { "m\($0)" }
    let text = "{" + names.enumerated().map { #""\#($1)":\#($0)"# }.joined(separator: ",") + "}"
    guard case .object(let object) = try parse(text) else {
      Issue.record("not an object")
      return
    }
    #expect(object.names == names)
    for (index, name) in names.enumerated() { #expect(object[name] == .integer(Int64(index))) }
    #expect(object["absent"] == nil)
    let twice = String(text.dropLast()) + #","m\#(members - 1)":0}"#
    #expect(throws: StrictJSONParser.Problem.self) { try parse(twice) }
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
