/// The common bounds of every fraction.
enum FractionLimits {
  /// No response earns more than full marks or loses more than the question's points.
  static let bounds: ClosedRange<Double> = -1...1

  /// `fraction` clamped to ``bounds``; a NaN weight counts as 0.
  static func clamped(_ fraction: Double) -> Double {
    guard !fraction.isNaN else { return 0 }
    return min(bounds.upperBound, max(bounds.lowerBound, fraction))
  }
}
