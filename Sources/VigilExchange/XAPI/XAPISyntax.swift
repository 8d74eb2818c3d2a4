import VigilBase

/// The string formats xAPI 1.0.3 gives values, checked the way ``XAPIStatementValidator`` needs: UUIDs,
/// IRIs and IRLs, RFC 5646 language tags, ISO 8601 durations and UTC timestamps.
public enum XAPISyntax {
  /// A UUID in the standard form (`8-4-4-4-12` hex digits, either case) of RFC 4122's variant 2, as
  /// xAPI's ids must be.
  public static func isUUID(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 36 else { return false }
    for (index, byte) in bytes.enumerated() {
      if [8, 13, 18, 23].contains(index) {
        guard byte == UInt8(ascii: "-") else { return false }
      } else if hexValue(byte) == nil {
        return false
      }
    }
    // The variant is the first hex digit of the fourth group: 8, 9, a or b.
    guard let variant = hexValue(bytes[19]) else { return false }
    return variant & 0b1100 == 0b1000
  }

  /// An absolute IRI: a scheme (a letter, then letters, digits, `+`, `-` or `.`), `:`, and at least one
  /// more character, none of them white space, a control character or one of `<>"{}|\^` and backquote.
  /// (A best-effort check, as xAPI lets an LRS make.)
  public static func isIRI(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard let colon = scalars.firstIndex(of: ":"), colon > 0, colon < scalars.count - 1 else { return false }
    guard isASCIILetter(scalars[0]) else { return false }
    for scalar in scalars[1..<colon]
    where !(isASCIILetter(scalar) || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar)) {
      return false
    }
    return scalars.allSatisfy { scalar in
      scalar.value > 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value)
        && !"<>\"{}|\\^`".unicodeScalars.contains(scalar) && !scalar.properties.isWhitespace
    }
  }

  /// An IRL: an IRI whose scheme is `http` or `https`, followed by `//` and a host.
  public static func isIRL(_ text: String) -> Bool {
    guard isIRI(text) else { return false }
    let lower = text.lowercased()
    for prefix in ["http://", "https://"] where lower.hasPrefix(prefix) {
      let rest = lower.dropFirst(prefix.count)
      return !rest.isEmpty && !rest.hasPrefix("/")
    }
    return false
  }

  /// A well-formed RFC 5646 language tag, checked by its subtags: a primary subtag of 2 to 8 letters
  /// (or `x` or `i` before private or grandfathered ones), then subtags of 1 to 8 letters and digits.
  public static func isLanguageTag(_ text: String) -> Bool {
    let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let primary = subtags.first, !text.hasSuffix("-") else { return false }
    let letters = primary.unicodeScalars.allSatisfy(isASCIILetter)
    let singleton = primary.count == 1 && ["x", "X", "i", "I"].contains(primary) && subtags.count > 1
    guard letters, (2...8).contains(primary.count) || singleton else { return false }
    return subtags.dropFirst().allSatisfy { subtag in
      (1...8).contains(subtag.count)
        && subtag.unicodeScalars.allSatisfy { isASCIILetter($0) || ("0"..."9").contains($0) }
    }
  }

  /// An ISO 8601 duration in the format xAPI requires (ISO 8601:2004 4.4.3.2): `P`, then years, months
  /// and days, then `T` and hours, minutes and seconds, each a number and its letter, in that order, at
  /// least one of them and at least one after a `T`; or weeks alone (`P2W`). Only the last number may
  /// have a fraction (`.` or `,`), and seconds at most two decimals (xAPI's 0.01 s precision).
  public static func isDuration(_ text: String) -> Bool {
    var bytes = Array(text.utf8)[...]
    guard bytes.popFirst() == UInt8(ascii: "P"), !bytes.isEmpty else { return false }
    var designators = Array("YMWD".utf8)[...]
    var inTime = false
    var components = 0
    var sawFraction = false
    while !bytes.isEmpty {
      if bytes.first == UInt8(ascii: "T") {
        guard !inTime else { return false }
        inTime = true
        designators = Array("HMS".utf8)[...]
        bytes.removeFirst()
        guard !bytes.isEmpty else { return false }
        continue
      }
      guard !sawFraction else { return false }
      var digits = 0
      var decimals: Int?
      while let byte = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: ",")
      {
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
          guard decimals == nil, digits > 0 else { return false }
          decimals = 0
        } else if decimals != nil {
          decimals! += 1
        } else {
          digits += 1
        }
        bytes.removeFirst()
      }
      guard digits > 0, decimals != 0, let designator = bytes.popFirst(),
        let position = designators.firstIndex(of: designator)
      else { return false }
      if designator == UInt8(ascii: "W") && (components > 0 || !bytes.isEmpty) { return false }
      if designator == UInt8(ascii: "S"), let decimals, decimals > 2 { return false }
      sawFraction = decimals != nil
      designators = designators[(position + 1)...]
      components += 1
    }
    return components > 0
  }

  /// A timestamp in UTC, as RFC 3339 writes one: `YYYY-MM-DDTHH:MM:SS`, optional decimals, then `Z` or
  /// `+00:00`.
  public static func isUTCTimestamp(_ text: String) -> Bool {
    var body = Substring(text)
    if body.hasSuffix("Z") {
      body = body.dropLast()
    } else if body.hasSuffix("+00:00") {
      body = body.dropLast(6)
    } else {
      return false
    }
    if let dot = body.firstIndex(of: ".") {
      let fraction = body[body.index(after: dot)...]
      guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return false }
      body = body[..<dot]
    }
    return InstantText.parse(body + "Z") != nil
  }

  /// Whether the byte is a hex digit, in either case.
  static func isHexDigit(_ byte: UInt8) -> Bool { hexValue(byte) != nil }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
