/// Reads a matching answer: a stem number followed by a target label, for every stem.
enum MatchingInput {
  /// One pairing by display positions.
  struct Pair: Equatable {
    let stem: Int
    let target: Int
  }

  /// The pairs typed, one per stem, in the order typed.
  ///
  /// Stems are numbered from 1; targets take a letter (`a` is the first shown) or a number.
  static func pairs(_ text: Substring, stems: Int, targets: Int, format: AnswerFormat) throws(GradingError) -> [Pair] {
    let tokens = try InputToken.tokens(in: text, format: format)
    var pairs: [Pair] = []
    var index = tokens.startIndex
    while index < tokens.endIndex {
      let stemToken = tokens[index]
      guard stemToken.kind == .digits, index + 1 < tokens.endIndex else {
        throw .incompleteMatching(stems: stems, targets: targets)
      }
      guard let stem = stemToken.position(among: stems) else {
        throw .noSuchStem(label: stemToken.text, stems: stems)
      }
      let targetToken = tokens[index + 1]
      guard let target = targetToken.position(among: targets) else {
        throw .noSuchTarget(label: targetToken.text, targets: targets)
      }
      guard !pairs.contains(where: { $0.stem == stem }) else {
        throw .stemRepeated(label: stemToken.text, stems: stems, targets: targets)
      }
      pairs.append(Pair(stem: stem, target: target))
      index += 2
    }
    guard pairs.count == stems else { throw .incompleteMatching(stems: stems, targets: targets) }
    return pairs
  }
}
