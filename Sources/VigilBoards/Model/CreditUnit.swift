/// How a board turns minutes of learning into its hours: minutes per hour and rounding.
public struct CreditUnit: Sendable, Hashable {
  /// Minutes in one of the board's hours (60, or 50 for some boards).
  public var minutesPerHour: Int
  /// The step, in minutes, each course's credit is rounded down to; nil when the board does not round.
  /// Florida nursing rounds down to half an hour: 30.
  public var roundingStepMinutes: Int?
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates a unit.
  public init(minutesPerHour: Int, roundingStepMinutes: Int? = nil, citation: Citation, notes: [BoardNote] = []) {
    self.minutesPerHour = minutesPerHour
    self.roundingStepMinutes = roundingStepMinutes
    self.citation = citation
    self.notes = notes
  }

  /// The minutes the board counts for one course's credit: 96 minutes (1.6 hours) count as 90 when the
  /// board rounds down to half an hour.
  public func counted(_ minutes: Int) -> Int {
    guard let step = roundingStepMinutes, step > 0 else { return max(0, minutes) }
    return max(0, minutes) / step * step
  }
}
