import VigilBase
import VigilCourse

extension ComplianceEvaluator {
  /// Evaluates the cycle of `target` after the cycles before it, for boards that carry credit forward or
  /// let a shortfall be made up after a cycle ends.
  ///
  /// The pass starts at the license's first cycle (when its issue date is known), or at the cycle holding
  /// the earliest credit's cure period if that is later: cycles before it have no credit, so they neither
  /// carry anything forward nor take any course. Each cycle carries its excess into the next and takes the
  /// courses of its cure period that it needs; those courses then count on its last day, not in the cycle
  /// they were completed in.
  func evaluateWithHistory(_ target: Scope, _ credits: ArraySlice<EarnedCredit>) -> ComplianceResult {
    let calendar = target.calendar
    var firstOffset = 0
    if let earliest = credits.lazy.filter({ !$0.isSample }).map({ $0.completedOn.daysSinceEpoch }).min() {
      firstOffset = min(0, calendar.offset(containing: earliest - (board.cure?.days ?? 0)))
    }
    if let issued = target.license.issued {
      firstOffset = max(firstOffset, min(0, calendar.offset(containing: issued.daysSinceEpoch)))
    }
    var countedOn: [Int: Int] = [:]
    var carriedIn = 0
    for offset in firstOffset..<0 {
      let scope = Scope(
        license: target.license, calendar: CycleCalendar(rule: board.cycle, closingOn: calendar.end(offset)),
        applicationDate: nil)
      carriedIn = evaluateCured(scope, credits, &countedOn, carriedIn: carriedIn).total.carriedForwardMinutes
    }
    return evaluateCured(target, credits, &countedOn, carriedIn: carriedIn)
  }

  /// Evaluates a cycle and, when it is short and the board has a cure period, takes the courses completed
  /// in that period, in completion order, each only if it makes the cycle less short, until nothing is.
  /// The courses taken are recorded in `countedOn` as counting on the cycle's last day.
  private func evaluateCured(
    _ scope: Scope, _ credits: ArraySlice<EarnedCredit>, _ countedOn: inout [Int: Int], carriedIn: Int
  ) -> ComplianceResult {
    var result = evaluateCycle(scope, credits, countedOn: countedOn, carriedIn: carriedIn)
    guard let rule = board.cure else { return result }
    let deadline = scope.cycle.end.adding(days: rule.days)
    var taken: [Int] = []
    var deficit = self.deficit(result)
    if deficit > 0 {
      for activity in lateActivities(scope, through: deadline.daysSinceEpoch, credits, countedOn) {
        var trial = countedOn
        for index in activity { trial[index] = scope.endDay }
        let candidate = evaluateCycle(scope, credits, countedOn: trial, carriedIn: carriedIn)
        let remaining = self.deficit(candidate)
        guard remaining < deficit else { continue }
        (countedOn, result, deficit) = (trial, candidate, remaining)
        taken += activity
        if deficit == 0 { break }
      }
    }
    result.cure = CureResult(deadline: deadline, credits: taken)
    return result
  }

  /// How short a cycle is: the minutes missing from the total, the subtotals and the unmet requirements,
  /// plus one for each unmet requirement (so one without an hour minimum counts too). 0 when compliant.
  private func deficit(_ result: ComplianceResult) -> Int {
    result.total.shortfallMinutes + result.subtotals.reduce(0) { $0 + $1.shortfallMinutes }
      + result.requirements.reduce(0) { $0 + ($1.isBlocking ? $1.shortfallMinutes + 1 : 0) }
  }

  /// The activities completed after the cycle's last day through `lastDay` that no cycle has taken yet,
  /// in completion order: each the indices of its credits (one course completion).
  private func lateActivities(
    _ scope: Scope, through lastDay: Int, _ credits: ArraySlice<EarnedCredit>, _ countedOn: [Int: Int]
  ) -> [[Int]] {
    let late = credits.indices.filter { index in
      let day = credits[index].completedOn.daysSinceEpoch
      return day > scope.endDay && day <= lastDay && !credits[index].isSample && countedOn[index] == nil
    }
    .sorted { (credits[$0].completedOn, $0) < (credits[$1].completedOn, $1) }
    var activities: [[Int]] = []
    for index in late {
      let credit = credits[index]
      if let position = activities.firstIndex(where: { activity in
        let first = credits[activity[0]]
        return first.courseID == credit.courseID && first.courseVersion == credit.courseVersion
          && first.completedOn == credit.completedOn
      }) {
        activities[position].append(index)
      } else {
        activities.append([index])
      }
    }
    return activities
  }
}
