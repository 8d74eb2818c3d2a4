/// A short-text answer pattern: whole-string match where a run of `*` matches any text (also none)
/// and `\*` is a literal asterisk. A backslash before anything else is an ordinary backslash.
///
/// Matching compares `Character`s, that is extended grapheme clusters, and Swift compares those by
/// canonical equivalence: "é" typed as U+00E9 (NFC) equals "e" + U+0301 (NFD). So the Unicode NFC
/// normalisation Moodle applies to both sides is implied, without Foundation. A wildcard never
/// splits a grapheme: `e*` does not match "é".
struct TextPattern {
  /// One piece of a pattern.
  private enum Element: Equatable {
    case literal(Character)
    case anyText
  }

  private let elements: [Element]
  /// The pattern text when it holds no wildcard or escape, for a plain comparison.
  private let plainText: String?

  /// Compiles `pattern`, which must already be trimmed and, for case-insensitive matching, lower-cased.
  init(_ pattern: String) {
    guard pattern.contains(where: { $0 == "*" || $0 == "\\" }) else {
      elements = []
      plainText = pattern
      return
    }
    var elements: [Element] = []
    var characters = pattern.makeIterator()
    var pending = characters.next()
    while let character = pending {
      pending = characters.next()
      if character == "\\", pending == "*" {
        elements.append(.literal("*"))
        pending = characters.next()
      } else if character == "*" {
        if elements.last != .anyText { elements.append(.anyText) }
      } else {
        elements.append(.literal(character))
      }
    }
    self.elements = elements
    plainText = nil
  }

  /// Whether the whole of `text` matches (`text` prepared like the pattern).
  func matches(_ text: String) -> Bool {
    if let plainText { return plainText == text }
    let characters = Array(text)
    var textIndex = 0
    var patternIndex = 0
    // Where the last `*` was met, and the text position it is currently stretched to.
    var starPattern: Int?
    var starText = 0
    while textIndex < characters.count {
      if patternIndex < elements.count, elements[patternIndex] == .literal(characters[textIndex]) {
        textIndex += 1
        patternIndex += 1
      } else if patternIndex < elements.count, elements[patternIndex] == .anyText {
        starPattern = patternIndex
        starText = textIndex
        patternIndex += 1
      } else if let star = starPattern {
        patternIndex = star + 1
        starText += 1
        textIndex = starText
      } else {
        return false
      }
    }
    while patternIndex < elements.count, elements[patternIndex] == .anyText { patternIndex += 1 }
    return patternIndex == elements.count
  }
}
