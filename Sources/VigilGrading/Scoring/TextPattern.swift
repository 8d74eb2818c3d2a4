/// Whole-string matching of short-text answer patterns: a run of `*` matches any text (also none)
/// and `\*` is a literal asterisk; a backslash before anything else is an ordinary backslash.
///
/// Matching compares `Character`s, that is extended grapheme clusters, and Swift compares those by
/// canonical equivalence: "é" typed as U+00E9 (NFC) equals "e" + U+0301 (NFD). So the Unicode NFC
/// normalisation Moodle applies to both sides is implied, without Foundation. A wildcard never
/// splits a grapheme: `e*` does not match "é". Case-insensitive matching lower-cases both sides with
/// the standard library's `lowercased()`.
///
/// Text that is all ASCII (without carriage returns, the one ASCII pair that forms a single
/// grapheme) is matched byte by byte, which gives the same result without allocating.
enum TextPattern {
  /// Whether `text` matches `pattern` as a whole; both are already trimmed.
  static func matches(_ text: Substring, pattern: Substring, isCaseSensitive: Bool) -> Bool {
    if isPlainASCII(text), isPlainASCII(pattern) {
      let star = UInt8(ascii: "*")
      let backslash = UInt8(ascii: "\\")
      if isCaseSensitive {
        return matches(text.utf8, pattern: pattern.utf8, star: star, escape: backslash, equal: ==)
      }
      return matches(text.utf8, pattern: pattern.utf8, star: star, escape: backslash) { lowered($0) == lowered($1) }
    }
    if isCaseSensitive {
      return matches(text, pattern: pattern, star: "*", escape: "\\", equal: ==)
    }
    return matches(text.lowercased(), pattern: pattern.lowercased(), star: "*", escape: "\\", equal: ==)
  }

  /// Whether every byte is ASCII and none is a carriage return.
  private static func isPlainASCII(_ text: Substring) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
  }

  /// An ASCII byte with A–Z lower-cased.
  private static func lowered(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
  }

  /// Greedy wildcard matching with backtracking to the last `star`: linear for patterns without a
  /// star, at most text length × pattern length steps otherwise, and no allocation. Inlined so each
  /// use is compiled for its concrete views and comparison.
  @inline(__always)
  private static func matches<Text: Collection, Pattern: Collection>(
    _ text: Text, pattern: Pattern, star: Pattern.Element, escape: Pattern.Element,
    equal: (Pattern.Element, Text.Element) -> Bool
  ) -> Bool where Pattern.Element: Equatable {
    var textIndex = text.startIndex
    var patternIndex = pattern.startIndex
    // The pattern position just after the last star met, and the text position it stretches to.
    var resume: (pattern: Pattern.Index, text: Text.Index)?
    while textIndex != text.endIndex {
      if patternIndex != pattern.endIndex {
        let element = pattern[patternIndex]
        if element == star {
          patternIndex = pattern.index(after: patternIndex)
          resume = (patternIndex, textIndex)
          continue
        }
        var literal = element
        var next = pattern.index(after: patternIndex)
        if element == escape, next != pattern.endIndex, pattern[next] == star {
          literal = star
          next = pattern.index(after: next)
        }
        if equal(literal, text[textIndex]) {
          patternIndex = next
          textIndex = text.index(after: textIndex)
          continue
        }
      }
      guard let last = resume else { return false }
      let stretched = text.index(after: last.text)
      resume = (last.pattern, stretched)
      patternIndex = last.pattern
      textIndex = stretched
    }
    while patternIndex != pattern.endIndex, pattern[patternIndex] == star {
      patternIndex = pattern.index(after: patternIndex)
    }
    return patternIndex == pattern.endIndex
  }
}
