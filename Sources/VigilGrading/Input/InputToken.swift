/// A run of ASCII letters (lower-cased) or digits in a choice, ordering or matching answer.
struct InputToken: Equatable {
  /// What the run is made of.
  enum Kind: Equatable {
    case letters
    case digits
  }

  let kind: Kind
  let text: String

  /// Splits `text` into letter and digit runs. White space and the separators `, ; : - = > ( ) . /`
  /// only separate; `1b` is two tokens. Any other character is an error naming it.
  static func tokens(in text: Substring, format: AnswerFormat) throws(GradingError) -> [InputToken] {
    var tokens: [InputToken] = []
    var run = ""
    var runKind = Kind.letters
    for character in text {
      let kind: Kind?
      if character.isASCII, character.isLetter {
        kind = .letters
      } else if character.isASCII, character.isWholeNumber {
        kind = .digits
      } else if character.isWhitespace || separators.contains(character) {
        kind = nil
      } else {
        throw .unexpectedCharacter(String(character), format)
      }
      if !run.isEmpty, kind != runKind {
        tokens.append(InputToken(kind: runKind, text: run))
        run = ""
      }
      if let kind {
        runKind = kind
        run.append(character.lowercased())
      }
    }
    if !run.isEmpty { tokens.append(InputToken(kind: runKind, text: run)) }
    return tokens
  }

  /// Characters that separate labels.
  private static let separators: Set<Character> = [",", ";", ":", "-", "=", ">", "(", ")", ".", "/"]

  /// The zero-based display position this token names among `count` positions, if any: a letter
  /// (`a` is 0) or a one-based number.
  func position(among count: Int) -> Int? {
    switch kind {
    case .letters:
      return DisplayLabel.index(ofLetter: Substring(text)).flatMap {
        $0 < min(count, DisplayLabel.letterCount) ? $0 : nil
      }
    case .digits:
      return DisplayLabel.index(ofNumber: Substring(text), count: count)
    }
  }

  /// The labels this token stands for among `count` positions: a run of letters that each name a
  /// position stands for each letter ("cabd" is c a b d); anything else stands for itself.
  func labels(among count: Int) -> [InputToken] {
    guard kind == .letters, text.count > 1 else { return [self] }
    let letters = text.map { InputToken(kind: .letters, text: String($0)) }
    return letters.allSatisfy { $0.position(among: count) != nil } ? letters : [self]
  }
}
