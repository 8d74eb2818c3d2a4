extension ComplianceEvaluator {
  /// Evaluates the subtotals of the total that applies: each counts the cycle's own credit of its category
  /// that counts toward the total (carried-in minutes never do), and is waived whenever its total is.
  func evaluateSubtotals(
    _ choice: TotalChoice, _ total: TotalResult, _ scope: Scope, _ entries: CreditEntries,
    _ credits: ArraySlice<EarnedCredit>
  ) -> [SubtotalResult] {
    guard let totalID = total.totalID else { return [] }
    var results: [SubtotalResult] = []
    for index in board.subtotals.indices {
      let subtotal = board.subtotals[index]
      guard subtotal.totalID == totalID, subtotal.appliesTo.holds(for: scope.license) else { continue }
      if let waiver = total.waiver ?? waiver(subtotalWaivers[index], scope) {
        results.append(
          SubtotalResult(
            subtotalID: subtotal.id, title: subtotal.title, status: .waived(waiver), earnedMinutes: 0,
            requiredMinutes: 0, shortfallMinutes: 0, countedCredits: []))
        continue
      }
      let sum = entries.sum(from: choice.firstDay, through: choice.lastDay, credits) {
        subtotal.covers($0) && countsTowardTotal($0, scope)
      }
      let shortfall = max(0, subtotal.minutes - sum.minutes)
      results.append(
        SubtotalResult(
          subtotalID: subtotal.id, title: subtotal.title, status: shortfall == 0 ? .met : .unmet,
          earnedMinutes: sum.minutes, requiredMinutes: subtotal.minutes, shortfallMinutes: shortfall,
          countedCredits: sum.credits))
    }
    return results
  }
}
