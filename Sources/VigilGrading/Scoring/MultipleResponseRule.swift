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
    var ticked = [Bool](repeating: false, count: choices.count)
    for id in ids {
      guard let index = choices.firstIndex(where: { $0.id == id }) else {
        throw .unknownID(questionID: questionID, id: id)
      }
      ticked[index] = true
    }
    let feedback = choices.indices.compactMap { ticked[$0] ? choices[$0].feedback : nil }
    return ResponseScore(fraction: fraction(ticked: ticked, choices: choices, scheme: scheme), feedback: feedback)
  }

  /// The fraction for the choices ticked (`ticked[i]` for `choices[i]`).
  private static func fraction(ticked: [Bool], choices: [Choice], scheme: MultipleResponseScheme) -> Double {
    switch scheme {
    case .allOrNothing:
      return choices.indices.allSatisfy { ticked[$0] == choices[$0].isCorrect } ? 1 : 0
    case .partial:
      let sum = choices.indices.reduce(0.0) { sum, index in
        ticked[index] ? sum + FractionLimits.clamped(choices[index].weight ?? 0) : sum
      }
      return min(1, max(0, sum))
    case .rightMinusWrong:
      let correctCount = choices.count(where: \.isCorrect)
      guard correctCount > 0 else { return 0 }
      let right = choices.indices.count { ticked[$0] && choices[$0].isCorrect }
      let wrong = choices.indices.count { ticked[$0] && !choices[$0].isCorrect }
      return max(0, Double(right - wrong) / Double(correctCount))
    case .everyDecisionCounts:
      guard !choices.isEmpty else { return 0 }
      let agreeing = choices.indices.count { ticked[$0] == choices[$0].isCorrect }
      return Double(agreeing) / Double(choices.count)
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
