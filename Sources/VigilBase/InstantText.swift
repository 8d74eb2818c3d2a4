/// UTC instants as credentials, batches and statements write them (`2026-11-29T19:30:00Z`, RFC 3339 / XML Schema
/// `dateTime` with the zone `Z`), and read back in exactly that form.
public enum InstantText {
  /// The instant `seconds` after 1970-01-01T00:00:00Z.
  public static func format(_ seconds: Int64) -> String {
    let (days, rest) = floorDivision(seconds, 86_400)
    let date = CalendarDate(daysSinceEpoch: Int(days)).description
    guard date.utf8.count == 10 else { return "\(date)T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z" }
    return String(unsafeUninitializedCapacity: 20) { text in
      for (index, byte) in date.utf8.enumerated() { text[index] = byte }
      func put(_ value: Int64, at offset: Int, then separator: Unicode.Scalar) {
        text[offset] = UInt8(ascii: "0") + UInt8(value / 10)
        text[offset + 1] = UInt8(ascii: "0") + UInt8(value % 10)
        text[offset + 2] = UInt8(ascii: separator)
      }
      text[10] = UInt8(ascii: "T")
      put(rest / 3600, at: 11, then: ":")
      put(rest / 60 % 60, at: 14, then: ":")
      put(rest % 60, at: 17, then: "Z")
      return 20
    }
  }

  /// The seconds since 1970 of a text in the form ``format(_:)`` writes, or nil.
  public static func parse(_ text: String) -> Int64? {
    let characters = Array(text.utf8)
    guard characters.count == 20, characters[10] == UInt8(ascii: "T"), characters[19] == UInt8(ascii: "Z"),
      characters[13] == UInt8(ascii: ":"), characters[16] == UInt8(ascii: ":"),
      let date = CalendarDate(String(decoding: characters[0..<10], as: UTF8.self)),
      let hour = number(characters[11..<13]), let minute = number(characters[14..<16]),
      let second = number(characters[17..<19]), hour < 24, minute < 60, second < 60
    else { return nil }
    return Int64(date.daysSinceEpoch) * 86_400 + hour * 3600 + minute * 60 + second
  }

  private static func number(_ digits: ArraySlice<UInt8>) -> Int64? {
    guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
    return digits.reduce(0) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
  }

  private static func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }

  private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
    let remainder = value % divisor
    return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
  }
}
