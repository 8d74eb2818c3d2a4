import VigilBase
import VigilCourse

/// Decides whether licenses meet their board's requirements in a renewal cycle.
///
/// Give it a license, all of that license's credits for this board (the evaluator picks the ones that
/// matter) and optionally the date the cycle ends on (the license's expiry by default). It reports, for each
/// requirement that applies, the minutes earned and required, the shortfall, the credits that counted and
/// when it is next due; the total and its subtotals; and whether the license is compliant.
///
/// How credit is counted:
/// - Each credit's minutes are rounded by the board's unit first (Florida: 96 minutes count as 90).
/// - Credits with the same course id, version and completion day are one activity (``CreditAward`` makes
///   one credit per accepted approval). Toward the total an activity counts once, with its largest credit
///   that counts; toward a requirement it counts once, with its largest credit whose approval the
///   requirement accepts and that covers the topic. So a course with ANCC and TX-HHSC approvals adds its
///   hour to the total once and meets Texas trafficking through the TX-HHSC credit.
/// - Toward the total count credits through the board's general approvers, and credits a within-total or
///   on-top requirement accepts for its topic. Credits accepted only by a separate requirement do not.
/// - An approver limited to one occurrence of a requirement (``Requirement/occurrenceLimits``) is accepted
///   only in the cycle where the requirement falls due that time, which needs the license's issue date.
/// - A subtotal counts the cycle's own credit of its category that counts toward its total.
/// - With ``Board/noDuplicateActivity``, a course completed again in the same cycle earns nothing more.
/// - Caps limit what counts toward the total, in completion order: per day (Michigan, 12 hours) or per
///   cycle for a category of credit.
/// - Every-Nth-cycle requirements fall due in the license's cycles `firstDue`, `firstDue + N`, ... and may be
///   met in any of the N cycles ending with a due cycle; one-time requirements look back over the license's
///   whole history. When the license's issue date is unknown, an every-Nth-cycle requirement is due unless
///   it was met in the last N cycles.
/// - On-top requirements due in the cycle add their hours to the total, less any minutes earned for them in
///   earlier cycles of their window.
/// - Certifications and the first-renewal exemption waive the rules they name; a subtotal is waived with its
///   total; in a first cycle without the exemption, the total is prorated by month when the board says so.
/// - A total with a look-back (``TotalRule/lookBackMonths``) counts the credit completed in the months
///   ending on the application date instead of the cycle's.
/// - With ``Board/carryForward`` or ``Board/cure``, the cycles before the evaluated one are evaluated first,
///   from the license's first cycle or the one holding its earliest credit: each carries its excess into the
///   next, and each short cycle takes the courses completed in its cure period that help it, which then no
///   longer count toward the cycle they were completed in.
///
/// The evaluator is built once per board and is cheap to share; evaluation allocates only a few small
/// arrays per license and cycle evaluated, and formats no text. Boards with carry-forward or a cure period
/// evaluate each cycle from the license's first (or its earliest credit's) to the one asked for.
public struct ComplianceEvaluator: Sendable {
  /// The condition under which a rule is waived: the license holds an attribute (any license when nil).
  struct WaiverCondition: Sendable {
    var attribute: String?
    var waiver: Waiver
  }

  /// The board whose rules apply.
  public let board: Board
  /// For each requirement, by index, the conditions that waive it.
  let requirementWaivers: [[WaiverCondition]]
  /// For each total, by index, the conditions that waive it.
  let totalWaivers: [[WaiverCondition]]
  /// For each subtotal, by index, the conditions that waive it (besides its total being waived).
  let subtotalWaivers: [[WaiverCondition]]
  /// The requirements through which topic-only credit counts toward the total: within-total or on-top
  /// requirements with their own approvers.
  let topicGrants: [Int]

  /// Prepares an evaluator for a board.
  public init(board: Board) {
    self.board = board
    func conditions(_ id: String) -> [WaiverCondition] {
      var result = board.certifications.filter { $0.waives.contains(id) }.map {
        WaiverCondition(attribute: $0.attribute, waiver: .certification)
      }
      if let exemption = board.firstRenewal?.exemption, exemption.waives.contains(id) {
        result.append(WaiverCondition(attribute: exemption.attribute, waiver: .firstRenewal))
      }
      return result
    }
    requirementWaivers = board.requirements.map { conditions($0.id) }
    totalWaivers = board.totals.map { conditions($0.id) }
    subtotalWaivers = board.subtotals.map { conditions($0.id) }
    topicGrants = board.requirements.indices.filter {
      board.requirements[$0].placement != .separate && board.requirements[$0].approvers != .general
    }
  }

  /// Evaluates a license's cycle from its credits.
  public func evaluate(
    _ license: LicenseProfile, credits: [EarnedCredit], cycleEndingOn end: CalendarDate? = nil,
    applicationDate: CalendarDate? = nil
  ) -> ComplianceResult {
    evaluate(license, credits: credits[...], cycleEndingOn: end, applicationDate: applicationDate)
  }

  /// Evaluates a license's cycle from a slice of a larger credit array (credit indices in the result are
  /// the slice's indices, which are the array's).
  ///
  /// - Parameters:
  ///   - license: The license; its board must be this evaluator's.
  ///   - credits: The license's credits for this board, in any order.
  ///   - end: A date in the cycle to evaluate: the license's own cycle that contains it (so a date that is
  ///     not a cycle end never invents a cycle), counted from the cycle that closes at the license's
  ///     expiry. The cycle ending at the expiry when nil.
  ///   - applicationDate: The day the renewal (or other) application is made, which a total with a
  ///     look-back counts back from; the cycle's last day when nil. Other rules ignore it.
  public func evaluate(
    _ license: LicenseProfile, credits: ArraySlice<EarnedCredit>, cycleEndingOn end: CalendarDate? = nil,
    applicationDate: CalendarDate? = nil
  ) -> ComplianceResult {
    let scope = Scope(
      license: license, calendar: cycleCalendar(license, containing: end), applicationDate: applicationDate)
    guard board.carryForward != nil || board.cure != nil else {
      return evaluateCycle(scope, credits, countedOn: [:], carriedIn: 0)
    }
    return evaluateWithHistory(scope, credits)
  }

  // MARK: - Shared helpers

  /// Whether a requirement applies to the license in the cycle.
  func applies(_ requirement: Requirement, _ scope: Scope) -> Bool {
    requirement.appliesTo.holds(for: scope.license) && requirement.effective.map { scope.cycle.end >= $0 } ?? true
  }

  /// Why the license is excused from a rule in the cycle, if it is.
  func waiver(_ conditions: [WaiverCondition], _ scope: Scope) -> Waiver? {
    for condition in conditions where condition.attribute.map(scope.license.attributes.contains) ?? true {
      if condition.waiver == .certification || scope.isFirstCycle { return condition.waiver }
    }
    return nil
  }

  /// Whether a requirement takes credit through an approver, for the license's type, in the cycle where
  /// the requirement falls due for the `occurrence`-th time (nil when that is unknown).
  func acceptsApprover(_ requirement: Requirement, _ approver: String, licenseType: String, occurrence: Int?) -> Bool {
    if let limit = requirement.occurrenceLimits[approver], occurrence != limit { return false }
    switch requirement.approvers {
    case .general: return board.generalCredit.accepts(approver, licenseType: licenseType)
    case .only(let codes): return codes.contains(approver)
    case .any: return true
    }
  }

  /// How many cycles, ending with the evaluated one, an every-Nth-cycle requirement may be met in.
  func windowCycles(every: Int, _ scope: Scope) -> Int {
    scope.cycle.number.map { min(every, $0) } ?? every
  }

  /// The license's cycles, with cycle 0 the one containing `date` (the one closing at expiry when nil).
  func cycleCalendar(_ license: LicenseProfile, containing date: CalendarDate?) -> CycleCalendar {
    let anchored = CycleCalendar(rule: board.cycle, closingOn: license.expires)
    guard let date else { return anchored }
    return CycleCalendar(rule: board.cycle, closingOn: anchored.end(anchored.offset(containing: date.daysSinceEpoch)))
  }
}

extension ComplianceEvaluator {
  /// One evaluation's license and cycle.
  struct Scope {
    let license: LicenseProfile
    let calendar: CycleCalendar
    let cycle: BoardCycle
    /// The application date a look-back counts back from, if the evaluation names one.
    let applicationDate: CalendarDate?
    /// The cycle's first and last day, in days since 1970-01-01.
    let startDay: Int
    let endDay: Int

    /// The scope of cycle 0 of `calendar`, numbered from the cycle holding the license's issue date.
    init(license: LicenseProfile, calendar: CycleCalendar, applicationDate: CalendarDate?) {
      self.license = license
      self.calendar = calendar
      self.applicationDate = applicationDate
      let firstCycleOffset = license.issued.map { min(0, calendar.offset(containing: $0.daysSinceEpoch)) }
      cycle = calendar.cycle(0, firstCycleOffset: firstCycleOffset)
      startDay = cycle.start.daysSinceEpoch
      endDay = cycle.end.daysSinceEpoch
    }

    /// Whether this is the license's first cycle (the one in which it was issued).
    var isFirstCycle: Bool { cycle.number == 1 }
  }
}
