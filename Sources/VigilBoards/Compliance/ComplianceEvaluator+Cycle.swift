extension ComplianceEvaluator {
  /// Evaluates one cycle: its requirements, its total and the total's subtotals.
  ///
  /// - Parameters:
  ///   - countedOn: The day a credit counts on when it is not its completion day, by credit index: the
  ///     last day of the cycle it was counted toward under the board's cure period.
  ///   - carriedIn: Minutes the previous cycle carried forward.
  func evaluateCycle(
    _ scope: Scope, _ credits: ArraySlice<EarnedCredit>, countedOn: [Int: Int], carriedIn: Int
  ) -> ComplianceResult {
    let choice = chooseTotal(scope)
    var entries = CreditEntries(
      credits, from: min(earliestDay(scope), choice.firstDay), through: max(scope.endDay, choice.lastDay),
      unit: board.unit, countedOn: countedOn)
    if board.noDuplicateActivity != nil { entries.excludeRepeatedCourses(from: scope.startDay, credits) }
    var results: [RequirementResult] = []
    results.reserveCapacity(board.requirements.count)
    var onTopMinutes = 0
    var uncarriedMinutes = 0
    let uncarried = board.carryForward?.excludes ?? []
    for index in board.requirements.indices where applies(board.requirements[index], scope) {
      let (result, addition, own) = evaluateRequirement(index, scope, entries, credits)
      results.append(result)
      onTopMinutes += addition
      if uncarried.contains(result.requirementID) { uncarriedMinutes += min(own, result.requiredMinutes) }
    }
    let total = evaluateTotal(
      choice, scope, entries, credits, onTopMinutes: onTopMinutes, carriedIn: carriedIn,
      uncarriedMinutes: uncarriedMinutes)
    let subtotals = evaluateSubtotals(choice, total, scope, entries, credits)
    return ComplianceResult(cycle: scope.cycle, total: total, subtotals: subtotals, requirements: results)
  }

  /// The first day whose credits can matter to requirements: the cycle's start, or earlier for look-back
  /// requirements.
  private func earliestDay(_ scope: Scope) -> Int {
    var earliest = scope.startDay
    for requirement in board.requirements where applies(requirement, scope) {
      switch requirement.frequency {
      case .oneTime: return .min
      case .everyNthCycle(let every, _):
        earliest = min(earliest, scope.calendar.start(1 - windowCycles(every: every, scope)).daysSinceEpoch)
      case .everyCycle, .yearly: break
      }
    }
    return earliest
  }
}
