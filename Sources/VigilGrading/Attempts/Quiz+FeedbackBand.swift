extension Quiz {
  /// The overall feedback band a percentage falls in, if any.
  ///
  /// A negative percentage counts as 0. A band holds percentages from its lower bound (inclusive)
  /// up to its upper bound (exclusive), except the top band (the highest upper bound), which also
  /// holds its upper bound, so 100 % finds the top band. Bounds are compared with
  /// ``AttemptPolicy/comparisonSlack``; when bands overlap the first listed wins.
  public func feedbackBand(forPercentage percentage: Double) -> FeedbackBand? {
    let value = max(0, percentage) + AttemptPolicy.comparisonSlack
    if let band = feedbackBands.first(where: { $0.lowerPercent <= value && value < $0.upperPercent }) {
      return band
    }
    guard let top = feedbackBands.max(by: { $0.upperPercent < $1.upperPercent }),
      top.lowerPercent <= value, value - 2 * AttemptPolicy.comparisonSlack <= top.upperPercent
    else { return nil }
    return top
  }
}
