import VigilBase
import VigilBoards
import VigilCourse

/// What `vigil transcript` prints: the cycle, the credit earned in it, and each requirement in words a
/// nurse understands ("Human trafficking prevention (Texas HHSC-approved): 1.0 of 1.0 h, done").
struct TranscriptReport {
  let board: Board
  let license: LicenseProfile
  let learnerName: String
  let credits: [EarnedCredit]
  let result: ComplianceResult
  /// The date `--cycle-ending` gave, when it is not the end of the cycle shown.
  var requestedDate: CalendarDate? = nil

  /// The credits completed within the cycle, with their indices in `credits`.
  private var cycleCredits: [(index: Int, credit: EarnedCredit)] {
    credits.enumerated().filter { result.cycle.contains($0.element.completedOn) }.map { ($0.offset, $0.element) }
  }

  /// The credits the report names: those of the cycle, earlier ones that still satisfy a requirement, and
  /// later ones counted toward the cycle in its cure period.
  var reportedCredits: [(index: Int, credit: EarnedCredit)] {
    let referenced = Set(
      result.requirements.flatMap(\.satisfiedBy) + result.total.countedCredits
        + result.subtotals.flatMap(\.countedCredits) + (result.cure?.credits ?? []))
    return credits.enumerated()
      .filter { result.cycle.contains($0.element.completedOn) || referenced.contains($0.offset) }
      .map { ($0.offset, $0.element) }
  }

  /// The report as text.
  func text() -> String {
    var lines = [
      "\(board.name): \(license.licenseType) license \(license.number) (\(learnerName))",
      "Renewal cycle \(result.cycle.start) to \(result.cycle.end)"
        + (requestedDate.map { $0 == result.cycle.end ? "" : " (the cycle of this license that contains \($0))" } ?? ""),
      "",
      "Credit in this cycle:",
    ]
    let inCycle = cycleCredits
    if inCycle.isEmpty { lines.append("  none yet") }
    for (_, credit) in inCycle {
      let counted = board.unit.counted(credit.minutes)
      let rounding =
        credit.isSample
        ? " (sample credit from an example approval: it counts toward nothing)"
        : counted == credit.minutes ? "" : " (\(hours(credit.minutes)) h before the board's rounding)"
      lines.append(
        "  \(credit.completedOn)  \(credit.courseTitle) \(credit.courseVersion): \(hours(counted)) h, "
          + "\(credit.approver) \(credit.approvalNumber)\(rounding)")
    }
    lines.append("")
    lines.append("Requirements:")
    if let totalID = result.total.totalID {
      let title = board.total(id: totalID)?.title ?? "Total hours"
      lines.append("  \(title): \(totalLine())")
      lines += totalDetails()
    }
    for subtotal in result.subtotals {
      lines.append("  \(subtotal.title): \(line(for: subtotal))")
    }
    for requirement in result.requirements {
      lines.append("  \(requirement.title): \(line(for: requirement))")
    }
    lines.append("")
    lines.append(verdict())
    return lines.joined(separator: "\n") + "\n"
  }

  private func totalLine() -> String {
    let total = result.total
    if let waiver = total.waiver { return "waived (\(waiverText(waiver)))" }
    var text = "\(hours(total.earnedMinutes)) of \(hours(total.requiredMinutes)) h"
    if total.onTopMinutes > 0 { text += " (including \(hours(total.onTopMinutes)) h on top of the usual total)" }
    if total.carriedInMinutes > 0 {
      text += " (including \(hours(total.carriedInMinutes)) h carried forward from the previous cycle)"
    }
    if total.isProrated { text += " (prorated for a first renewal)" }
    if total.countedFrom != result.cycle.start || total.countedThrough != result.cycle.end {
      text += " (counted from \(total.countedFrom) to \(total.countedThrough), the look-back before the application)"
    }
    return text + (total.shortfallMinutes == 0 ? ", done" : ", \(hours(total.shortfallMinutes)) h to go")
  }

  /// The lines under the total: caps that cut credits, courses counted in the cure period, what carries
  /// forward, and until when a shortfall may still be made up.
  private func totalDetails() -> [String] {
    var lines: [String] = []
    for cap in result.total.capsApplied where credits.indices.contains(cap.creditIndex) {
      let credit = credits[cap.creditIndex]
      let rule = board.caps.first { $0.id == cap.capID }?.title ?? cap.capID
      lines.append(
        "    \(hours(cap.minutesNotCounted)) h of \(credit.courseTitle) (\(credit.completedOn)) not counted: \(rule)")
    }
    if let cure = result.cure {
      for index in cure.credits where credits.indices.contains(index) {
        let credit = credits[index]
        lines.append(
          "    \(credit.courseTitle) (\(credit.completedOn), \(credit.approver)) counted toward this cycle: "
            + "completed in the time allowed after it to make up a shortfall")
      }
      if !result.isCompliant {
        lines.append("    a shortfall may still be made up with courses completed by \(cure.deadline)")
      }
    }
    if result.total.carriedForwardMinutes > 0 {
      lines.append("    \(hours(result.total.carriedForwardMinutes)) h carry forward to the next cycle")
    }
    return lines
  }

  private func line(for subtotal: SubtotalResult) -> String {
    switch subtotal.status {
    case .waived(let waiver):
      return "waived (\(waiverText(waiver)))"
    default:
      return "\(hours(subtotal.earnedMinutes)) of \(hours(subtotal.requiredMinutes)) h"
        + (subtotal.shortfallMinutes == 0 ? ", done" : ", \(hours(subtotal.shortfallMinutes)) h to go")
    }
  }

  private func line(for requirement: RequirementResult) -> String {
    let due = requirement.nextDue.map { "; next due by \($0)" } ?? ""
    switch requirement.status {
    case .met:
      let amount = requirement.hasMinimum ? "\(hours(requirement.earnedMinutes)) of \(hours(requirement.requiredMinutes)) h, " : ""
      let dates = requirement.satisfiedBy.compactMap { credits.indices.contains($0) ? credits[$0].completedOn : nil }
      if let latest = dates.max(), latest < result.cycle.start {
        return "done in an earlier cycle (\(latest))" + due
      }
      return amount + "done" + due
    case .unmet:
      guard requirement.hasMinimum else { return "not done yet (any length of approved course counts)" + due }
      return "\(hours(requirement.earnedMinutes)) of \(hours(requirement.requiredMinutes)) h, "
        + "\(hours(requirement.shortfallMinutes)) h to go" + due
    case .notDue:
      return "not due this cycle" + due
    case .waived(let waiver):
      return "waived (\(waiverText(waiver)))"
    }
  }

  private func verdict() -> String {
    if result.isCompliant { return "Compliant: every requirement for this cycle is met." }
    var missing: [String] = []
    if result.total.shortfallMinutes > 0 { missing.append("\(hours(result.total.shortfallMinutes)) h in total") }
    missing += result.subtotals.filter(\.isBlocking).map { "\(hours($0.shortfallMinutes)) h of \($0.title)" }
    missing += result.requirements.filter(\.isBlocking).map(\.title)
    return "Not yet compliant: still needed: " + missing.joined(separator: "; ") + "."
  }

  private func waiverText(_ waiver: Waiver) -> String {
    switch waiver {
    case .certification: return "national certification"
    case .firstRenewal: return "first-renewal exemption"
    }
  }

  /// Minutes as hours in the board's unit, e.g. `1.0`, `1.5`, `0.75`.
  private func hours(_ minutes: Int) -> String {
    HoursText.format(minutes: minutes, minutesPerHour: board.unit.minutesPerHour)
  }

  /// The report as one JSON document (minutes are integers; hours are for display).
  func json() throws(CommandError) -> String { try JSONOutput.encode(TranscriptDocument(self)) }

  static func statusName(_ status: RequirementResult.Status) -> String {
    switch status {
    case .met: return "met"
    case .unmet: return "unmet"
    case .notDue: return "not-due"
    case .waived(let waiver): return "waived-" + waiver.rawValue
    }
  }
}
