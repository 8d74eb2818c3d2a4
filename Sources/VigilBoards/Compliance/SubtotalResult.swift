/// How one license stands on one subtotal (a minimum within its total) in one cycle.
public struct SubtotalResult: Sendable, Hashable {
  /// The subtotal's id in the board file.
  public var subtotalID: String
  /// The subtotal's title, in words a licensee understands.
  public var title: String
  /// Where the license stands: met, unmet, or waived (with its total or on its own); never not due.
  public var status: RequirementResult.Status
  /// Minutes of the category counted in the cycle: the cycle's own credit, each activity once with its
  /// largest credit of the category, never credit carried forward.
  public var earnedMinutes: Int
  /// Minutes required (0 when waived).
  public var requiredMinutes: Int
  /// Minutes still missing (0 when met or waived).
  public var shortfallMinutes: Int
  /// The credits that counted, as indices into the credits given to the evaluator.
  public var countedCredits: [Int]

  /// Creates a result.
  public init(
    subtotalID: String, title: String, status: RequirementResult.Status, earnedMinutes: Int, requiredMinutes: Int,
    shortfallMinutes: Int, countedCredits: [Int]
  ) {
    self.subtotalID = subtotalID
    self.title = title
    self.status = status
    self.earnedMinutes = earnedMinutes
    self.requiredMinutes = requiredMinutes
    self.shortfallMinutes = shortfallMinutes
    self.countedCredits = countedCredits
  }

  /// Whether the subtotal keeps the license from being compliant.
  public var isBlocking: Bool { status == .unmet }
}
