/// Single choice: the fraction is the chosen choice's weight.
///
/// A choice without a weight is worth 1 when it is correct and 0 otherwise. Weights may be negative
/// (Moodle), so the minimum fraction is the most negative weight.
enum SingleChoiceRule {
  /// The fraction a choice is worth.
  static func weight(of choice: Choice) -> Double {
    choice.weight ?? (choice.isCorrect ? 1 : 0)
  }

  /// Scores a response to a single-choice question.
  static func score(_ response: Response, choices: [Choice], questionID: String) throws(GradingError) -> ResponseScore {
    guard case .choice(let id) = response else {
      throw .responseDoesNotFit(questionID: questionID, expected: "single-choice")
    }
    guard let choice = choices.first(where: { $0.id == id }) else {
      throw .unknownID(questionID: questionID, id: id)
    }
    return ResponseScore(fraction: weight(of: choice), feedback: choice.feedback.map { [$0] } ?? [])
  }

  /// The worst and best weight, widened to include the 0 of an unanswered question.
  static func range(choices: [Choice]) -> FractionRange {
    let weights = choices.map { FractionLimits.clamped(weight(of: $0)) }
    return FractionRange(minimum: min(0, weights.min() ?? 0), maximum: max(0, weights.max() ?? 0))
  }
}
