/// The shape of answer a question expects at the keyboard, with the hint shown to the licensee.
public enum AnswerFormat: Sendable, Hashable {
  /// One letter out of `count` shown choices.
  case oneChoice(count: Int)
  /// Any letters out of `count` shown choices, or `none`.
  case choices(count: Int)
  /// True or false.
  case trueFalse
  /// All `count` shown items in order.
  case order(count: Int)
  /// A letter for each of `stems` numbered stems out of `targets` lettered targets.
  case matching(stems: Int, targets: Int)
  /// Free text.
  case text
  /// A plain decimal number.
  case number

  /// The format for a question.
  public init(question: Question) {
    switch question.kind {
    case .singleChoice(let choices): self = .oneChoice(count: choices.count)
    case .multipleResponse(let choices, _): self = .choices(count: choices.count)
    case .trueFalse: self = .trueFalse
    case .matching(let stems, let targets): self = .matching(stems: stems.count, targets: targets.count)
    case .ordering(let items, _): self = .order(count: items.count)
    case .shortText: self = .text
    case .numeric: self = .number
    }
  }

  /// What to type, in lower case: "type the letter of one answer, a to d".
  public var hint: String {
    switch self {
    case .oneChoice(let count):
      return "type the letter of one answer, \(DisplayLabel.letterRange(count: count))"
    case .choices(let count):
      return "type the letters of all answers that apply, \(DisplayLabel.letterRange(count: count)), "
        + "separated by spaces like \(Self.example(count: min(count, 3), reversed: false)), or none"
    case .trueFalse:
      return "type t (true) or f (false)"
    case .order(let count):
      return "put all \(count) items in order, like \(Self.example(count: count, reversed: true))"
    case .matching(let stems, let targets):
      return "give each of the \(stems) stems a letter from \(DisplayLabel.letterRange(count: targets)), "
        + "like \(Self.matchingExample(stems: stems, targets: targets))"
    case .text:
      return "type your answer"
    case .number:
      return "type a number like 42, -2, .5 or 1e3"
    }
  }

  /// Labels for an example answer: every other of `count` letters ("a c"), or all of them reversed.
  private static func example(count: Int, reversed: Bool) -> String {
    let positions = reversed ? Array((0..<count).reversed()) : Array(stride(from: 0, to: count, by: 2))
    return positions.map(DisplayLabel.letter(at:)).joined(separator: " ")
  }

  /// An example matching answer that swaps neighbours: "1b 2a 3c" for three stems and targets.
  private static func matchingExample(stems: Int, targets: Int) -> String {
    guard targets > 0 else { return "1a" }
    let swappable = min(stems, targets)
    return (0..<min(stems, 4)).map { stem in
      let target = (stem ^ 1) < swappable ? stem ^ 1 : stem % targets
      return "\(stem + 1)\(DisplayLabel.letter(at: target))"
    }.joined(separator: " ")
  }
}
