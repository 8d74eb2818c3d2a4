import VigilBase
import VigilCourse

extension ComplianceEvaluator {
  /// The total that applies to a license in a cycle, and the days whose credit counts toward it.
  struct TotalChoice {
    /// The total's index in the board's totals: the largest applicable total not waived, else the first
    /// waived one; nil when none applies.
    var index: Int?
    /// Why the total is excused, when every applicable total is.
    var waiver: Waiver?
    /// The minutes it requires, after waiver and proration (on-top minutes not included).
    var minutes: Int
    /// True when the first cycle's total was prorated by month.
    var isProrated: Bool
    /// The first and last day whose credit counts, in days since 1970-01-01: the cycle's, or a look-back
    /// window ending on the application date.
    var firstDay: Int
    var lastDay: Int

    /// Whether a total applies and is not waived.
    var isRequired: Bool { index != nil && waiver == nil }
  }

  /// Chooses the total for a cycle: the largest applicable total not waived (prorated in a first cycle when
  /// the board says so), and the days its credit is counted over.
  func chooseTotal(_ scope: Scope) -> TotalChoice {
    let license = scope.license
    var chosen: Int?
    var waived: Int?
    var waiver: Waiver?
    var base = 0
    for index in board.totals.indices where board.totals[index].appliesTo.holds(for: license) {
      if let reason = self.waiver(totalWaivers[index], scope) {
        if waived == nil { (waived, waiver) = (index, reason) }
      } else if chosen == nil || board.totals[index].minutes > base {
        (chosen, base) = (index, board.totals[index].minutes)
      }
    }
    if chosen != nil { waiver = nil }
    var isProrated = false
    if scope.isFirstCycle, chosen != nil, let perMonth = board.firstRenewal?.prorationMinutesPerMonth,
      let issued = license.issued
    {
      let prorated = scope.calendar.monthsRemaining(from: issued) * perMonth
      if prorated < base { (base, isProrated) = (prorated, true) }
    }
    let index = chosen ?? waived
    var (firstDay, lastDay) = (scope.startDay, scope.endDay)
    if let index, let months = board.totals[index].lookBackMonths {
      let application = scope.applicationDate ?? scope.cycle.end
      firstDay = application.adding(months: -months).adding(days: 1).daysSinceEpoch
      lastDay = application.daysSinceEpoch
    }
    return TotalChoice(
      index: index, waiver: waiver, minutes: base, isProrated: isProrated, firstDay: firstDay, lastDay: lastDay)
  }

  /// Evaluates the chosen total: its minutes plus on-top minutes, against the minutes counted after
  /// repeats and caps plus the minutes carried in; and what it carries forward.
  ///
  /// - Parameters:
  ///   - carriedIn: Minutes the previous cycle carried forward.
  ///   - uncarriedMinutes: Minutes of this cycle's own credit that met requirements whose hours cannot be
  ///     carried forward (``CarryForwardRule/excludes``).
  func evaluateTotal(
    _ choice: TotalChoice, _ scope: Scope, _ entries: CreditEntries, _ credits: ArraySlice<EarnedCredit>,
    onTopMinutes: Int, carriedIn: Int, uncarriedMinutes: Int
  ) -> TotalResult {
    let (own, counted, capped) = countTotal(choice, scope, entries, credits)
    let carried = choice.isRequired ? carriedIn : 0
    let earned = own + carried
    let required = choice.minutes + onTopMinutes
    var carriedForward = 0
    if let rule = board.carryForward, choice.isRequired {
      // Carried-in minutes are used first, so only the cycle's own minutes can carry on.
      carriedForward = min(rule.minutes, max(0, earned - required), max(0, own - uncarriedMinutes))
    }
    return TotalResult(
      totalID: choice.index.map { board.totals[$0].id }, requiredMinutes: required, onTopMinutes: onTopMinutes,
      earnedMinutes: earned, carriedInMinutes: carried, carriedForwardMinutes: carriedForward,
      countedFrom: CalendarDate(daysSinceEpoch: choice.firstDay),
      countedThrough: CalendarDate(daysSinceEpoch: choice.lastDay), shortfallMinutes: max(0, required - earned),
      waiver: choice.waiver, isProrated: choice.isProrated, countedCredits: counted, capsApplied: capped)
  }

  /// Whether a credit counts toward the total: through the board's general approvers, or through a
  /// within-total or on-top requirement that applies and accepts it for its topic in this cycle.
  func countsTowardTotal(_ credit: EarnedCredit, _ scope: Scope) -> Bool {
    let licenseType = scope.license.licenseType
    if board.generalCredit.accepts(credit.approver, licenseType: licenseType) { return true }
    return topicGrants.contains { index in
      let requirement = board.requirements[index]
      return credit.topics.contains(requirement.topic) && applies(requirement, scope)
        && acceptsApprover(
          requirement, credit.approver, licenseType: licenseType,
          occurrence: requirement.frequency.occurrence(inCycle: scope.cycle.number))
    }
  }

  /// The minutes counted toward the total over the choice's days, the credit that counted for each
  /// activity, and the caps that cut credits.
  private func countTotal(
    _ choice: TotalChoice, _ scope: Scope, _ entries: CreditEntries, _ credits: ArraySlice<EarnedCredit>
  ) -> (minutes: Int, credits: [Int], capped: [CapApplied]) {
    // Minutes used so far under each cap; -1 marks a cap that does not apply to the license.
    var used = board.caps.map { $0.appliesTo.holds(for: scope.license) ? 0 : -1 }
    var minutes = 0
    var counted: [Int] = []
    var capped: [CapApplied] = []
    var position = 0
    var currentDay = Int.min
    let list = entries.entries
    while position < list.count, list[position].day < choice.firstDay { position += 1 }
    while position < list.count, list[position].day <= choice.lastDay {
      let run = entries.activityRun(at: position)
      position = run.upperBound
      guard let best = entries.largest(in: run, credits, accepts: { countsTowardTotal($0, scope) }) else { continue }
      if best.completionDay != currentDay {
        currentDay = best.completionDay
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
