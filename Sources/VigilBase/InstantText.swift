/// UTC instants as credentials, batches and statements write them (`2026-11-29T19:30:00Z`, RFC 3339 / XML Schema
/// `dateTime` with the zone `Z`), and read back in exactly that form.
public enum InstantText {
  /// The instant `seconds` after 1970-01-01T00:00:00Z.
  public static func format(_ seconds: Int64) -> String {
    let (date, rest) = parts(seconds)
    guard date.isTenCharacters else {
      return "\(date.description)T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }
    return String(unsafeUninitializedCapacity: 20) { write(date, rest, to: $0) }
  }

  /// Appends ``format(_:)``'s text to `bytes`, written in place (a credential writes its instant
  /// straight into its claims).
  public static func append(_ seconds: Int64, to bytes: inout [UInt8]) {
    let (date, rest) = parts(seconds)
    guard date.isTenCharacters else { return bytes.append(contentsOf: format(seconds).utf8) }
    let start = bytes.count
    bytes.append(contentsOf: repeatElement(0, count: 20))
    bytes.withUnsafeMutableBufferPointer { bytes in
      _ = write(date, rest, to: UnsafeMutableBufferPointer(rebasing: bytes[start...]))
    }
  }

  /// The date of the instant `seconds` after 1970 and its seconds since that date's midnight.
  private static func parts(_ seconds: Int64) -> (date: CalendarDate, rest: Int64) {
    let (days, rest) = floorDivision(seconds, 86_400)
    return (CalendarDate(daysSinceEpoch: Int(days)), rest)
  }

  /// Writes the 20 characters of the instant `rest` seconds after the midnight starting `date` (which
  /// ``CalendarDate/isTenCharacters``) at the start of `text`, and returns 20.
  private static func write(_ date: CalendarDate, _ rest: Int64, to text: UnsafeMutableBufferPointer<UInt8>) -> Int {
    func put(_ value: Int64, at offset: Int, then separator: Unicode.Scalar) {
      text[offset] = UInt8(ascii: "0") + UInt8(value / 10)
      text[offset + 1] = UInt8(ascii: "0") + UInt8(value % 10)
      text[offset + 2] = UInt8(ascii: separator)
    }
    _ = date.write(to: text)
    text[10] = UInt8(ascii: "T")
    put(rest / 3600, at: 11, then: ":")
    put(rest / 60 % 60, at: 14, then: ":")
    put(rest % 60, at: 17, then: "Z")
    return 20
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
