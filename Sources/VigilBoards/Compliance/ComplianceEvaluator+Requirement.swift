import VigilBase
import VigilCourse

extension ComplianceEvaluator {
  /// Evaluates one applicable requirement: its result, the minutes it adds on top of the total, and the
  /// minutes counted for it from the cycle's own credit (not from earlier cycles of a look-back).
  func evaluateRequirement(
    _ index: Int, _ scope: Scope, _ entries: CreditEntries, _ credits: ArraySlice<EarnedCredit>
  ) -> (result: RequirementResult, onTopMinutes: Int, ownMinutes: Int) {
    let requirement = board.requirements[index]
    let perDue = requirement.minutes ?? 0
    let hasMinimum = requirement.minutes != nil
    func result(
      _ status: RequirementResult.Status, earned: Int = 0, required: Int = 0, satisfiedBy: [Int] = [],
      nextDue: CalendarDate?
    )
      -> RequirementResult
    {
      RequirementResult(
        requirementID: requirement.id, title: requirement.title, status: status, earnedMinutes: earned,
        requiredMinutes: required, shortfallMinutes: status == .unmet ? max(0, required - earned) : 0,
        hasMinimum: hasMinimum, satisfiedBy: satisfiedBy, nextDue: nextDue)
    }
    if let waiver = waiver(requirementWaivers[index], scope) { return (result(.waived(waiver), nextDue: nil), 0, 0) }
    let licenseType = scope.license.licenseType
    let occurrence = requirement.frequency.occurrence(inCycle: scope.cycle.number)
    let accepts = { (credit: EarnedCredit) -> Bool in
      credit.topics.contains(requirement.topic)
        && self.acceptsApprover(requirement, credit.approver, licenseType: licenseType, occurrence: occurrence)
    }
    func isMet(_ sum: CreditEntries.Sum) -> Bool { hasMinimum ? sum.minutes >= perDue : sum.activities > 0 }
    let onTop = requirement.placement == .onTop
    let calendar = scope.calendar

    switch requirement.frequency {
    case .everyCycle:
      let sum = entries.sum(from: scope.startDay, through: scope.endDay, credits, accepts: accepts)
      let met = isMet(sum)
      return (
        result(
          met ? .met : .unmet, earned: sum.minutes, required: perDue, satisfiedBy: sum.credits,
          nextDue: met ? calendar.end(1) : scope.cycle.end),
        onTop ? perDue : 0, sum.minutes
      )
    case .yearly:
      let years = max(1, calendar.months / 12)
      var earned = 0
      var met = true
      var satisfiedBy: [Int] = []
      for year in 0..<years {
        let last = scope.cycle.end.adding(months: -12 * year).daysSinceEpoch
        let first =
          year == years - 1 ? scope.startDay : scope.cycle.end.adding(months: -12 * (year + 1)).daysSinceEpoch + 1
        let sum = entries.sum(from: first, through: last, credits, accepts: accepts)
        earned += hasMinimum ? min(sum.minutes, perDue) : sum.minutes
        met = met && isMet(sum)
        satisfiedBy += sum.credits
      }
      return (
        result(
          met ? .met : .unmet, earned: earned, required: perDue * years, satisfiedBy: satisfiedBy,
          nextDue: met ? calendar.end(1) : scope.cycle.end),
        onTop ? perDue * years : 0, earned
      )
    case .oneTime:
      let sum = entries.sum(from: .min, through: scope.endDay, splitAt: scope.startDay, credits, accepts: accepts)
      let met = isMet(sum)
      return (
        result(
          met ? .met : .unmet, earned: sum.minutes, required: perDue, satisfiedBy: sum.credits,
          nextDue: met ? nil : scope.cycle.end),
        onTop ? max(0, perDue - sum.minutesBeforeSplit) : 0, sum.minutes - sum.minutesBeforeSplit
      )
    case .everyNthCycle(let every, let firstDue):
      if let number = scope.cycle.number {
        if number < firstDue { return (result(.notDue, nextDue: calendar.end(firstDue - number)), 0, 0) }
        let phase = (number - firstDue) % every
        if phase != 0 { return (result(.notDue, nextDue: calendar.end(every - phase)), 0, 0) }
      }
      let window = windowCycles(every: every, scope)
      let sum = entries.sum(
        from: calendar.start(1 - window).daysSinceEpoch, through: scope.endDay, splitAt: scope.startDay, credits,
        accepts: accepts)
      let met = isMet(sum)
      let nextDue: CalendarDate
      if !met {
        nextDue = scope.cycle.end
      } else if scope.cycle.number == nil, let firstDay = sum.firstDay {
        nextDue = calendar.end(calendar.offset(containing: firstDay) + every)
      } else {
        nextDue = calendar.end(every)
      }
      return (
        result(met ? .met : .unmet, earned: sum.minutes, required: perDue, satisfiedBy: sum.credits, nextDue: nextDue),
        onTop ? max(0, perDue - sum.minutesBeforeSplit) : 0, sum.minutes - sum.minutesBeforeSplit
      )
    }
  }
}
