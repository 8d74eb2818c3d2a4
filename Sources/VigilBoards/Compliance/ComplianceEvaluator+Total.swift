extension ComplianceEvaluator {
  /// Evaluates the total: the largest applicable total not waived (prorated in a first cycle when the board
  /// says so) plus on-top minutes, against the minutes counted after repeats and caps.
  func evaluateTotal(
    _ scope: Scope, _ entries: CreditEntries, _ credits: ArraySlice<EarnedCredit>, onTopMinutes: Int
  ) -> TotalResult {
    let license = scope.license
    var totalID: String?
    var waivedID: String?
    var waiver: Waiver?
    var base = 0
    for index in board.totals.indices where board.totals[index].appliesTo.holds(for: license) {
      let total = board.totals[index]
      if let reason = self.waiver(totalWaivers[index], scope) {
        if waivedID == nil { (waivedID, waiver) = (total.id, reason) }
      } else if totalID == nil || total.minutes > base {
        (totalID, base) = (total.id, total.minutes)
      }
    }
    if totalID != nil { waiver = nil }
    var isProrated = false
    if scope.isFirstCycle, totalID != nil, let perMonth = board.firstRenewal?.prorationMinutesPerMonth,
      let issued = license.issued
    {
      let prorated = scope.calendar.monthsRemaining(from: issued) * perMonth
      if prorated < base { (base, isProrated) = (prorated, true) }
    }
    let (earned, counted, capped) = countTotal(scope, entries, credits)
    let required = base + onTopMinutes
    return TotalResult(
      totalID: totalID ?? waivedID, requiredMinutes: required, onTopMinutes: onTopMinutes, earnedMinutes: earned,
      shortfallMinutes: max(0, required - earned), waiver: waiver, isProrated: isProrated, countedCredits: counted,
      capsApplied: capped)
  }

  /// The minutes counted toward the total in the cycle, the credit that counted for each activity, and
  /// the caps that cut credits.
  private func countTotal(_ scope: Scope, _ entries: CreditEntries, _ credits: ArraySlice<EarnedCredit>)
    -> (minutes: Int, credits: [Int], capped: [CapApplied])
  {
    let licenseType = scope.license.licenseType
    let counts = { (credit: EarnedCredit) -> Bool in
      if self.board.generalCredit.accepts(credit.approver, licenseType: licenseType) { return true }
      return self.topicGrants.contains { index in
        let requirement = self.board.requirements[index]
        return credit.topics.contains(requirement.topic) && self.applies(requirement, scope)
          && self.acceptsApprover(requirement, credit.approver, licenseType: licenseType)
      }
    }
    // Minutes used so far under each cap; -1 marks a cap that does not apply to the license.
    var used = board.caps.map { $0.appliesTo.holds(for: scope.license) ? 0 : -1 }
    var minutes = 0
    var counted: [Int] = []
    var capped: [CapApplied] = []
    var position = 0
    var currentDay = Int.min
    let list = entries.entries
    while position < list.count, list[position].day < scope.startDay { position += 1 }
    while position < list.count, list[position].day <= scope.endDay {
      let run = entries.activityRun(at: position)
      position = run.upperBound
      guard let best = entries.largest(in: run, credits, accepts: counts) else { continue }
      if best.day != currentDay {
        currentDay = best.day
        for cap in board.caps.indices where board.caps[cap].period == .day && used[cap] > 0 { used[cap] = 0 }
      }
      var allowed = best.minutes
      let credit = credits[best.index]
      var limiting: Int?
      for cap in board.caps.indices where used[cap] >= 0 && board.caps[cap].covers(credit) {
        let room = max(0, board.caps[cap].minutes - used[cap])
        if room < allowed { (allowed, limiting) = (room, cap) }
      }
      if let limiting {
        capped.append(
          CapApplied(capID: board.caps[limiting].id, creditIndex: best.index, minutesNotCounted: best.minutes - allowed))
      }
      for cap in board.caps.indices where used[cap] >= 0 && board.caps[cap].covers(credit) { used[cap] += allowed }
      minutes += allowed
      if allowed > 0 { counted.append(best.index) }
    }
    return (minutes, counted, capped)
  }
}
