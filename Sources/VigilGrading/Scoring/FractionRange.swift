/// The lowest and highest fraction a question can be graded, no answer (0) included.
///
/// The course validator checks ``maximum`` against 1 ("a multiple-response scheme can reach full
/// marks") and against 0 ("every question answerable").
public struct FractionRange: Sendable, Hashable, Codable {
  /// The lowest achievable fraction (0, or below 0 for negatively weighted single choices).
  public var minimum: Double
  /// The highest achievable fraction (1 for a sound question).
  public var maximum: Double

  /// Creates a range.
  public init(minimum: Double, maximum: Double) {
    self.minimum = minimum
    self.maximum = maximum
  }

  /// Whether full marks can be earned.
  public var reachesFullMarks: Bool { maximum > 1 - GradeState.tolerance }

  /// Whether some response earns more than nothing.
  public var isAnswerable: Bool { maximum >= GradeState.tolerance }
}
