/// Whether one license meets its board's requirements in one cycle, requirement by requirement.
public struct ComplianceResult: Sendable, Hashable {
  /// The cycle evaluated.
  public var cycle: BoardCycle
  /// The total hours.
  public var total: TotalResult
  /// The requirements that apply to the license, in the board file's order.
  public var requirements: [RequirementResult]

  /// Creates a result.
  public init(cycle: BoardCycle, total: TotalResult, requirements: [RequirementResult]) {
    self.cycle = cycle
    self.total = total
    self.requirements = requirements
  }

  /// True when the total is met and no requirement is unmet.
  public var isCompliant: Bool { total.shortfallMinutes == 0 && !requirements.contains { $0.isBlocking } }

  /// The result for a requirement id, if it applies to the license.
  public func requirement(_ id: String) -> RequirementResult? { requirements.first { $0.requirementID == id } }
}
