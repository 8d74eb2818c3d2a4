/// Douglas Crockford's base 32 alphabet: the digits and the capital letters without I, L, O and U,
/// so no two symbols look alike and none spells a word by accident.
///
/// Reading forgives what people mistype or misread: lower case, `I` and `L` for `1`, `O` for `0`.
/// `U` is not a symbol (Crockford keeps it for a check symbol Vigil does not use).
enum CrockfordBase32 {
  /// The 32 symbols in value order, as ASCII: `0`–`9` are 0–9, `A` is 10, … `Z` is 31.
  static let symbols: [UInt8] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

  /// The value of a typed character, or nil when it is no symbol (`U`, punctuation, other letters).
  static func value(of character: Character) -> Int? {
    guard let ascii = character.asciiValue else { return nil }
    let upper = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(ascii) ? ascii - 32 : ascii
    switch upper {
    case UInt8(ascii: "I"), UInt8(ascii: "L"): return 1
    case UInt8(ascii: "O"): return 0
    default: return symbols.firstIndex(of: upper)
    }
  }
}
