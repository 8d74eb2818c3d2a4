/// Multiple response: ticks turn into a fraction by the question's explicit scheme.
///
/// A choice ticked twice counts once, and the order of the ticks does not matter.
/// - ``MultipleResponseScheme/allOrNothing``: 1 when the ticked set is exactly the correct set, else 0.
/// - ``MultipleResponseScheme/partial``: the sum of the ticked choices' weights, clamped to [0, 1]
///   (Moodle's multichoice). A choice without a weight is worth 0 here, so the course validator's
///   "can reach full marks" check catches correct choices left unweighted.
/// - ``MultipleResponseScheme/rightMinusWrong``: (right ticks − wrong ticks) / n, n = number of
///   correct choices, floored at 0 (4 of 4 = 1; 4 right + 1 wrong = 0.75; 3 right + 2 wrong = 0.25).
/// - ``MultipleResponseScheme/everyDecisionCounts``: the share of choices rightly ticked or rightly
///   left blank (Open edX EDC, without its rounding to two decimals).
enum MultipleResponseRule {
  /// Scores a response to a multiple-response question.
  static func score(
    _ response: Response, choices: [Choice], scheme: MultipleResponseScheme, questionID: String
  ) throws(GradingError) -> ResponseScore {
    guard case .choices(let ids) = response else {
      throw .responseDoesNotFit(questionID: questionID, expected: "multiple-response")
    }
    if let unknown = ids.first(where: { id in !choices.contains { $0.id == id } }) {
      throw .unknownID(questionID: questionID, id: unknown)
    }
    var tally = Tally()
    var feedback: [String] = []
    for choice in choices {
      let isTicked = ids.contains(choice.id)
      tally.count(choice, isTicked: isTicked)
      if isTicked, let text = choice.feedback { feedback.append(text) }
    }
    return ResponseScore(fraction: tally.fraction(scheme: scheme, choiceCount: choices.count), feedback: feedback)
  }

  /// What the ticks add up to, counted in one pass over the choices.
  private struct Tally {
    /// Correct choices, ticked or not.
    var correct = 0
    /// Correct choices ticked.
    var rightTicks = 0
    /// Wrong choices ticked.
    var wrongTicks = 0
    /// Choices rightly ticked or rightly left blank.
    var agreeing = 0
    /// The sum of the ticked choices' weights (a missing weight counts as 0).
    var weightSum = 0.0

    mutating func count(_ choice: Choice, isTicked: Bool) {
      if choice.isCorrect { correct += 1 }
      if isTicked == choice.isCorrect { agreeing += 1 }
      guard isTicked else { return }
      if choice.isCorrect { rightTicks += 1 } else { wrongTicks += 1 }
      weightSum += FractionLimits.clamped(choice.weight ?? 0)
    }

    func fraction(scheme: MultipleResponseScheme, choiceCount: Int) -> Double {
      switch scheme {
      case .allOrNothing:
        return agreeing == choiceCount ? 1 : 0
      case .partial:
        return min(1, max(0, weightSum))
      case .rightMinusWrong:
        guard correct > 0 else { return 0 }
        return max(0, Double(rightTicks - wrongTicks) / Double(correct))
      case .everyDecisionCounts:
        guard choiceCount > 0 else { return 0 }
        return Double(agreeing) / Double(choiceCount)
      }
    }
  }

  /// The range of fractions the scheme allows for these choices.
  static func range(choices: [Choice], scheme: MultipleResponseScheme) -> FractionRange {
    let maximum: Double
    switch scheme {
    case .allOrNothing:
      maximum = 1
    case .partial:
      maximum = min(1, choices.reduce(0.0) { $0 + max(0, FractionLimits.clamped($1.weight ?? 0)) })
    case .rightMinusWrong:
      maximum = choices.contains(where: \.isCorrect) ? 1 : 0
    case .everyDecisionCounts:
      maximum = choices.isEmpty ? 0 : 1
    }
    return FractionRange(minimum: 0, maximum: maximum)
  }
}
