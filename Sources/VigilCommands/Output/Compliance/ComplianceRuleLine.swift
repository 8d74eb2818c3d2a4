import VigilBoards
import VigilExchange

/// One rule of a licensee's evaluation as the compliance reports show it: the total, a subtotal or a
/// requirement, with its status and minutes.
struct ComplianceRuleLine {
  /// `total`, `subtotal` or `requirement`.
  var kind: String
  var id: String
  var title: String
  /// `met`, `unmet`, `not-due`, or `waived-certification` / `waived-first-renewal`.
  var status: String
  var earnedMinutes: Int
  var requiredMinutes: Int
  var shortfallMinutes: Int
  /// False for a requirement met by completing any one accepted course.
  var hasMinimum: Bool

  /// Whether the rule keeps the licensee from being compliant.
  var isBlocking: Bool { status == "unmet" }

  /// The total, then the subtotals, then the requirements that apply to the licensee, in the board
  /// file's order.
  static func lines(_ standing: LicenseeCompliance, board: Board) -> [ComplianceRuleLine] {
    let result = standing.result
    var lines: [ComplianceRuleLine] = []
    if let totalID = result.total.totalID {
      let total = result.total
      let status = total.waiver.map { "waived-" + $0.rawValue } ?? (total.shortfallMinutes == 0 ? "met" : "unmet")
      lines.append(
        ComplianceRuleLine(
          kind: "total", id: totalID, title: board.total(id: totalID)?.title ?? "Total hours", status: status,
          earnedMinutes: total.earnedMinutes, requiredMinutes: total.requiredMinutes,
          shortfallMinutes: total.shortfallMinutes, hasMinimum: true))
    }
    for subtotal in result.subtotals {
      lines.append(
        ComplianceRuleLine(
          kind: "subtotal", id: subtotal.subtotalID, title: subtotal.title, status: statusName(subtotal.status),
          earnedMinutes: subtotal.earnedMinutes, requiredMinutes: subtotal.requiredMinutes,
          shortfallMinutes: subtotal.shortfallMinutes, hasMinimum: true))
    }
    for requirement in result.requirements {
      lines.append(
        ComplianceRuleLine(
          kind: "requirement", id: requirement.requirementID, title: requirement.title,
          status: statusName(requirement.status), earnedMinutes: requirement.earnedMinutes,
          requiredMinutes: requirement.requiredMinutes, shortfallMinutes: requirement.shortfallMinutes,
          hasMinimum: requirement.hasMinimum))
    }
    return lines
  }

  private static func statusName(_ status: RequirementResult.Status) -> String {
    TranscriptReport.statusName(status)
  }
}
