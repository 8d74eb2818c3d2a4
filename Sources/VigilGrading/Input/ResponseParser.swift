import VigilBase

/// Reads what a licensee types into a ``Response`` in author ids.
///
/// Letters and numbers refer to display positions of the realised attempt: `a` (or `1`) is the
/// first choice shown. Accepted forms:
/// - single choice: one label, `b`, `B` or `2`;
/// - multiple response: labels separated by spaces or commas, `a, c`, `a c`, `1 3`, a run of
///   letters `ac`, or `none` for no tick (repeats count once);
/// - true/false: `t`, `true`, `y`, `yes` or `f`, `false`, `n`, `no`, in any case;
/// - ordering: every item's label once, in order, `c a b d` (or `cabd`, `3 1 2 4`);
/// - matching: a stem number then a target letter (or number) for every stem, `1b 2a 3c`,
///   `1-b, 2-a`, `1 b 2 a`;
/// - short text: the text, trimmed;
/// - numeric: a plain decimal number: optional sign, digits with an optional point, optional
///   exponent (`42`, `-2`, `.5`, `1e3`); `1,000`, `12abc`, `nan` and `inf` are refused.
///
/// Separators are white space and `, ; : - = > ( ) . /`. Input is refused with a
/// ``GradingError`` that says how to answer when it is empty, longer than
/// ``maximumInputLength`` characters, holds a control character, or does not fit the question.
public enum ResponseParser {
  /// The longest answer accepted, in Unicode scalars.
  public static let maximumInputLength = 1000

  /// Parses `input` as an answer to `question` as `presented` in the attempt.
  ///
  /// - Throws: ``GradingError`` naming the problem and the way out; also
  ///   ``GradingError/presentationMismatch(questionID:)`` when `presented` is not the display order
  ///   of `question`.
  public static func parse(_ input: String, for question: Question, as presented: PresentedQuestion)
    throws(GradingError) -> Response
  {
    try screen(input)
    let format = AnswerFormat(question: question)
    let text = input[...].trimmedOfWhitespace()
    guard !text.isEmpty else { throw .noAnswer(format) }
    guard presented.questionID == question.id else { throw .presentationMismatch(questionID: question.id) }
    switch question.kind {
    case .singleChoice(let choices):
      let order = try displayOrder(presented.choiceOrder, of: choices.map(\.id), questionID: question.id)
      let positions = try choicePositions(text, count: order.count, format: format)
      guard positions.count == 1, let position = positions.first else { throw .oneChoiceOnly(count: order.count) }
      return .choice(id: order[position])
    case .multipleResponse(let choices, _):
      let order = try displayOrder(presented.choiceOrder, of: choices.map(\.id), questionID: question.id)
      guard text.lowercased() != "none" else { return .choices(ids: []) }
      let ticked = Set(try choicePositions(text, count: order.count, format: format).map { order[$0] })
      return .choices(ids: choices.map(\.id).filter(ticked.contains))
    case .trueFalse:
      return .trueFalse(answer: try truth(of: text))
    case .ordering(let items, _):
      let order = try displayOrder(presented.itemOrder, of: items.map(\.id), questionID: question.id)
      return .order(ids: try itemPositions(text, count: order.count, format: format).map { order[$0] })
    case .matching(let stems, let targets):
      let stemOrder = try displayOrder(presented.stemOrder, of: stems.map(\.id), questionID: question.id)
      let targetOrder = try displayOrder(presented.targetOrder, of: targets.map(\.id), questionID: question.id)
      let pairs = try MatchingInput.pairs(text, stems: stemOrder.count, targets: targetOrder.count, format: format)
      let byStem = Dictionary(
        pairs.map { (stemOrder[$0.stem], targetOrder[$0.target]) }, uniquingKeysWith: { first, _ in first })
      return .matches(
        pairs: stems.compactMap { stem in byStem[stem.id].map { MatchPair(stemID: stem.id, targetID: $0) } })
    case .shortText:
      return .text(answer: String(text))
    case .numeric:
      return .number(value: try NumberSyntax.value(of: text))
    }
  }

  /// Refuses input that is too long or holds control characters other than white space.
  private static func screen(_ input: String) throws(GradingError) {
    var length = 0
    for scalar in input.unicodeScalars {
      length += 1
      guard length <= maximumInputLength else { throw .answerTooLong(limit: maximumInputLength) }
      if scalar.properties.generalCategory == .control, !scalar.properties.isWhitespace {
        throw .controlCharacter(codePoint: scalar.value)
      }
    }
  }

  /// `order` after checking it lists each of the question's `ids` exactly once.
  private static func displayOrder(_ order: [String], of ids: [String], questionID: String) throws(GradingError)
    -> [String]
  {
    guard order.count == ids.count, Set(order).count == order.count, Set(order) == Set(ids) else {
      throw .presentationMismatch(questionID: questionID)
    }
    return order
  }

  /// The distinct display positions named, in the order typed.
  private static func choicePositions(_ text: Substring, count: Int, format: AnswerFormat) throws(GradingError) -> [Int]
  {
    var positions: [Int] = []
    for token in try InputToken.tokens(in: text, format: format).flatMap({ $0.labels(among: count) }) {
      guard let position = token.position(among: count) else { throw .noSuchChoice(label: token.text, count: count) }
      if !positions.contains(position) { positions.append(position) }
    }
    guard !positions.isEmpty else { throw .noAnswer(format) }
    return positions
  }

  /// Every display position once, in the order typed.
  private static func itemPositions(_ text: Substring, count: Int, format: AnswerFormat) throws(GradingError) -> [Int] {
    var positions: [Int] = []
    for token in try InputToken.tokens(in: text, format: format).flatMap({ $0.labels(among: count) }) {
      guard let position = token.position(among: count) else { throw .noSuchItem(label: token.text, count: count) }
      guard !positions.contains(position) else { throw .itemRepeated(label: token.text, count: count) }
      positions.append(position)
    }
    guard positions.count == count else { throw .itemsMissing(count: count) }
    return positions
  }

  /// The truth value of a true/false answer.
  private static func truth(of text: Substring) throws(GradingError) -> Bool {
    switch text.lowercased() {
    case "t", "true", "y", "yes": return true
    case "f", "false", "n", "no": return false
    default: throw .notTrueOrFalse(String(text))
    }
  }
}
