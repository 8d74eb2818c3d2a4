/// Whether a graded fraction counts as right, partly right or wrong.
///
/// Moodle's tolerances absorb binary rounding: below 1e-7 is wrong, above 1 − 1e-7 is right.
public enum GradeState: String, Sendable, Hashable, Codable, CaseIterable {
  /// Full marks.
  case correct
  /// Some but not full marks.
  case partial
  /// No marks (or a negative fraction).
  case wrong

  /// How close to 0 or 1 a fraction must be to count as exactly 0 or 1.
  public static let tolerance = 1e-7

  /// The state of a fraction.
  public init(fraction: Double) {
    if fraction < Self.tolerance {
      self = .wrong
    } else if fraction > 1 - Self.tolerance {
      self = .correct
    } else {
      self = .partial
    }
  }

  /// `fraction` with values within ``tolerance`` of 0 or 1 made exactly 0 or 1.
  public static func snapped(_ fraction: Double) -> Double {
    if abs(fraction) < tolerance { return 0 }
    if abs(fraction - 1) < tolerance { return 1 }
    return fraction
  }
}
