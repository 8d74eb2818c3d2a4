/// Whether one license meets its board's requirements in one cycle, requirement by requirement.
public struct ComplianceResult: Sendable, Hashable {
  /// The cycle evaluated.
  public var cycle: BoardCycle
  /// The total hours.
  public var total: TotalResult
  /// The subtotals of the total that applies, in the board file's order.
  public var subtotals: [SubtotalResult]
  /// The requirements that apply to the license, in the board file's order.
  public var requirements: [RequirementResult]
  /// How the board's cure period worked for the cycle; nil when the board has none.
  public var cure: CureResult?

  /// Creates a result.
  public init(
    cycle: BoardCycle, total: TotalResult, subtotals: [SubtotalResult] = [], requirements: [RequirementResult],
    cure: CureResult? = nil
  ) {
    self.cycle = cycle
    self.total = total
    self.subtotals = subtotals
    self.requirements = requirements
    self.cure = cure
  }

  /// True when the total is met and no subtotal or requirement is unmet.
  public var isCompliant: Bool {
    total.shortfallMinutes == 0 && !subtotals.contains { $0.isBlocking } && !requirements.contains { $0.isBlocking }
  }

  /// The result for a subtotal id, if it applies to the license.
  public func subtotal(_ id: String) -> SubtotalResult? { subtotals.first { $0.subtotalID == id } }

  /// The result for a requirement id, if it applies to the license.
  public func requirement(_ id: String) -> RequirementResult? { requirements.first { $0.requirementID == id } }
}
