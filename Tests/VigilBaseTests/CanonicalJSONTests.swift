import Testing
import VigilBase

/// Expected bytes are RFC 8785's rules applied by hand, and agree with Python's
/// `json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`.
@Suite struct CanonicalJSONTests {
  @Test func writesSortedMembersWithoutSpaces() throws {
    var inner = CanonicalJSON()
    inner.field("a", 1 as Int64?)
    var object = CanonicalJSON()
    object.field("id", -12 as Int64?)
    object.field("name", "Ana \"Ana\" \\ Ruiz")
    object.field("nested", object: inner)
    object.field("none", nil as String?)
    object.field("ok", true)
    object.field("tags", strings: ["b", "a"])
    let text = String(decoding: try object.finished(), as: UTF8.self)
    #expect(text == #"{"id":-12,"name":"Ana \"Ana\" \\ Ruiz","nested":{"a":1},"none":null,"ok":true,"tags":["b","a"]}"#)
  }

  @Test func escapesControlCharactersAsRFC8785Says() throws {
    var object = CanonicalJSON()
    object.field("s", "\u{08}\u{09}\u{0A}\u{0C}\u{0D}\u{01}\u{1F}\u{7F}é€😀")
    let bytes = try object.finished()
    // \b \t \n \f \r, then \u0001 and \u001f in lowercase hex; DEL and non-ASCII as raw UTF-8.
    let expected: [UInt8] =
      Array(#"{"s":"\b\t\n\f\r\u0001\u001f"#.utf8) + [0x7F] + Array("é€😀".utf8) + Array(#""}"#.utf8)
    #expect(bytes == expected)
  }

  /// Every ASCII character, and characters of two to four UTF-8 bytes, at every position of strings of 1
  /// to 36 characters (up to 73 bytes: the scan reads eight bytes at a time, then the rest one by one):
  /// escaped exactly where RFC 8785 says, by the rule written out here character by character.
  @Test func escapesEveryCharacterAtEveryPositionOfAString() throws {
    func expected(_ scalar: Unicode.Scalar) -> String {
      switch scalar.value {
      case 0x22: #"\""#
      case 0x5C: #"\\"#
      case 0x08: #"\b"#
      case 0x09: #"\t"#
      case 0x0A: #"\n"#
      case 0x0C: #"\f"#
      case 0x0D: #"\r"#
      case 0..<0x10: #"\u000"# + String(scalar.value, radix: 16)
      case 0x10..<0x20: #"\u00"# + String(scalar.value, radix: 16)
      default: String(Character(scalar))
      }
    }
    let scalars = (0..<0x80).compactMap(Unicode.Scalar.init) + ["é", "€", "😀"]
    for length in 1...36 {
      for position in 0..<length {
        for scalar in scalars {
          let before = String(repeating: "a", count: position)
          let after = String(repeating: "é", count: length - position - 1)
          var object = CanonicalJSON()
          object.field("s", before + String(Character(scalar)) + after)
          let text = String(decoding: try object.finished(), as: UTF8.self)
          #expect(text == #"{"s":""# + before + expected(scalar) + after + #""}"#, "U+\(scalar.value) at \(position)")
        }
      }
    }
  }

  @Test func writesObjectsInPlaceAsTheSameBytesAsObjectsBuiltApart() throws {
    var apart = CanonicalJSON()
    var inner = CanonicalJSON()
    inner.field("a", 1 as Int64?)
    inner.field("b", strings: ["x"])
    apart.field("first", object: inner)
    apart.field("list", objects: [inner, CanonicalJSON()])
    apart.field("z", true)
    var inPlace = CanonicalJSON(capacity: 8)
    inPlace.field("first") { object in
      object.field("a", 1 as Int64?)
      object.field("b", strings: ["x"])
    }
    inPlace.field("list", objects: 2) { object, index in
      guard index == 0 else { return }
      object.field("a", 1 as Int64?)
      object.field("b", strings: ["x"])
    }
    inPlace.field("z", true)
    let text = String(decoding: try inPlace.finished(), as: UTF8.self)
    #expect(text == #"{"first":{"a":1,"b":["x"]},"list":[{"a":1,"b":["x"]},{}],"z":true}"#)
    #expect(text == String(decoding: try apart.finished(), as: UTF8.self))
  }

  @Test func refusesMembersOutOfOrderInsideAnObjectWrittenInPlace() {
    var object = CanonicalJSON()
    object.field("outer") { inner in
      inner.field("b", "x")
      inner.field("a", "y")
    }
    #expect(throws: CanonicalJSON.Problem.keysOutOfOrder(previous: "b", key: "a")) { try object.finished() }
    // The outer object's order starts afresh after the inner one: "outer" then "p" is in order.
    var after = CanonicalJSON()
    after.field("outer") { $0.field("z", "x") }
    after.field("p", "y")
    #expect(throws: Never.self) { try after.finished() }
  }

  @Test func refusesMembersOutOfOrder() {
    var object = CanonicalJSON()
    object.field("b", "x")
    object.field("a", "y")
    #expect(throws: CanonicalJSON.Problem.keysOutOfOrder(previous: "b", key: "a")) { try object.finished() }
  }

  @Test func appendsTheMembersOfAnObjectWrittenApart() throws {
    var tail = CanonicalJSON()
    tail.field("m", "x")
    tail.field("z", nil as String?)
    var object = CanonicalJSON()
    object.field("a", 1 as Int64?)
    object.append(membersOf: tail)
    object.append(membersOf: CanonicalJSON())
    #expect(String(decoding: try object.finished(), as: UTF8.self) == #"{"a":1,"m":"x","z":null}"#)
    var empty = CanonicalJSON()
    empty.append(membersOf: tail)
    #expect(String(decoding: try empty.finished(), as: UTF8.self) == #"{"m":"x","z":null}"#)
  }

  @Test func refusesMembersAppendedOutOfOrder() {
    var head = CanonicalJSON()
    head.field("b", "x")
    var tail = CanonicalJSON()
    tail.field("a", "y")
    head.append(membersOf: tail)
    #expect(throws: CanonicalJSON.Problem.keysOutOfOrder(previous: "b", key: "a")) { try head.finished() }
    var later = CanonicalJSON()
    later.append(membersOf: tail)
    later.field("a", "again")
    #expect(throws: CanonicalJSON.Problem.keysOutOfOrder(previous: "a", key: "a")) { try later.finished() }
  }

  @Test func refusesIntegersBeyondTwoToTheFiftyThree() throws {
    var object = CanonicalJSON()
    object.field("big", Int64(9_007_199_254_740_992) as Int64?)
    #expect(throws: CanonicalJSON.Problem.integerOutOfRange(key: "big")) { try object.finished() }
    var fits = CanonicalJSON()
    fits.field("max", CanonicalJSON.maximumInteger as Int64?)
    #expect(String(decoding: try fits.finished(), as: UTF8.self) == #"{"max":9007199254740991}"#)
  }

  /// Each expected text is what Python's `json.dumps` writes for the number (an integer when whole),
  /// and what ECMAScript's `String(n)` gives, as RFC 8785 requires.
  @Test(arguments: [
    (150, "1.5"), (100, "1"), (25, "0.25"), (5, "0.05"), (0, "0"), (120, "1.2"), (-50, "-0.5"), (6010, "60.1"),
  ] as [(Int64, String)])
  func writesHundredthsAsTheShortestDecimal(hundredths: Int64, text: String) throws {
    var object = CanonicalJSON()
    object.field("h", hundredths: hundredths)
    #expect(String(decoding: try object.finished(), as: UTF8.self) == #"{"h":\#(text)}"#)
  }

  @Test func refusesHundredthsBeyondFifteenDigits() {
    var object = CanonicalJSON()
    object.field("h", hundredths: 1_000_000_000_000_000)
    #expect(throws: CanonicalJSON.Problem.integerOutOfRange(key: "h")) { try object.finished() }
  }

  /// Keys in order and out of it, against byte order (UTF-16 order for these ASCII keys).
  @Test(arguments: [
    ("a", "b", true), ("b", "a", false), ("B", "a", true), ("a", "ab", true), ("ab", "a", false), ("type", "types", true),
    ("a", "a", false), ("abcdefgh", "abcdefgh", false), ("abcdefgh", "abcdefghi", true), ("abcdefghi", "abcdefgh", false),
    ("credentialStatus", "credentialSubject", true), ("credentialSubject", "credentialStatus", false),
    ("abcdefghb", "abcdefgha", false), ("abcdefgz", "abcdefgha", false), ("abcdefg", "abcdefga", true),
  ] as [(StaticString, StaticString, Bool)])
  func ordersKeysByTheirBytes(previous: StaticString, key: StaticString, inOrder: Bool) {
    var object = CanonicalJSON()
    object.field(previous, true)
    object.field(key, false)
    if inOrder {
      #expect(throws: Never.self) { try object.finished() }
    } else {
      #expect(
        throws: CanonicalJSON.Problem.keysOutOfOrder(previous: previous.description, key: key.description)
      ) { try object.finished() }
    }
  }

  @Test func writesDigitsAndInstantsAsStrings() throws {
    var object = CanonicalJSON()
    object.field("a", digits: 13032)
    object.field("b", digits: 0)
    object.field("c", digits: -5)
    object.field("d", instant: 1_764_444_600)
    object.field("e", instant: -1)
    #expect(
      String(decoding: try object.finished(), as: UTF8.self)
        == #"{"a":"13032","b":"0","c":"-5","d":"2025-11-29T19:30:00Z","e":"1969-12-31T23:59:59Z"}"#)
  }

  /// Every integer as its decimal digits, the extremes of Int64 included (written by hand).
  @Test(arguments: [
    (0, "0"), (7, "7"), (10, "10"), (-1, "-1"), (-10, "-10"), (1_000_000, "1000000"),
    (9_007_199_254_740_991, "9007199254740991"), (Int64.max, "9223372036854775807"),
    (Int64.min, "-9223372036854775808"),
  ] as [(Int64, String)])
  func appendsTheDecimalDigitsOfAnInteger(value: Int64, text: String) {
    var bytes = Array("x".utf8)
    CanonicalJSON.appendInteger(value, to: &bytes)
    #expect(bytes == Array(("x" + text).utf8))
  }
}
