/// Numeric: the first answer in author order whose interval holds the response gives its fraction
/// and feedback; no match earns 0.
///
/// The interval is value ± tolerance (absolute) or value ± |value| × tolerance (relative), bounds
/// included. The bounds are widened by a relative 1e-12 so that binary rounding of decimal input does
/// not exclude a bound (3.15 is within 3.14 ± 0.01, though 3.14 + 0.01 ≠ 3.15 in binary).
enum NumericRule {
  /// The relative widening of each interval.
  static let boundSlack = 1e-12

  /// Scores a response to a numeric question.
  static func score(_ response: Response, answers: [NumericAnswer], questionID: String) throws(GradingError)
    -> ResponseScore
  {
    guard case .number(let value) = response else {
      throw .responseDoesNotFit(questionID: questionID, expected: "numeric")
    }
    guard value.isFinite else { throw .numberNotFinite(questionID: questionID) }
    for answer in answers where accepts(answer, value) {
      return ResponseScore(fraction: answer.fraction, feedback: answer.feedback.map { [$0] } ?? [])
    }
    return ResponseScore(fraction: 0)
  }

  /// Whether `value` lies within the answer's inclusive interval.
  static func accepts(_ answer: NumericAnswer, _ value: Double) -> Bool {
    let spread: Double
    switch answer.toleranceMode {
    case .absolute: spread = abs(answer.tolerance)
    case .relative: spread = abs(answer.value) * abs(answer.tolerance)
    }
    let lower = answer.value - spread
    let upper = answer.value + spread
    let slack = boundSlack * max(abs(lower), abs(upper))
    return value >= lower - slack && value <= upper + slack
  }

  /// The best and worst answer fraction, counting the 0 that an unmatched response earns.
  static func range(answers: [NumericAnswer]) -> FractionRange {
    let fractions = answers.map { FractionLimits.clamped($0.fraction) }
    return FractionRange(minimum: min(0, fractions.min() ?? 0), maximum: max(0, fractions.max() ?? 0))
  }
}
