/// `vigil transcript --format json`: the cycle, the credits in view, the total, its subtotals and each
/// requirement. Minutes are integers; hours are for display only.
struct TranscriptDocument: Encodable {
  /// How the license stands on one requirement.
  struct Requirement: Encodable {
    var id: String
    var title: String
    var status: String
    var earnedMinutes: Int
    var requiredMinutes: Int
    var shortfallMinutes: Int
    var nextDue: String?
    /// Indices into ``TranscriptDocument/credits``.
    var satisfiedBy: [Int]
  }

  /// A cap that kept a credit from counting in full.
  struct CapApplied: Encodable {
    var cap: String
    /// An index into ``TranscriptDocument/credits``.
    var credit: Int?
    var minutesNotCounted: Int
  }

  /// How the license stands on its total hours.
  struct Total: Encodable {
    var id: String?
    var requiredMinutes: Int
    var onTopMinutes: Int
    /// Includes ``carriedInMinutes``.
    var earnedMinutes: Int
    var carriedInMinutes: Int
    var carriedForwardMinutes: Int
    /// The days whose credit counted: the cycle's, or a look-back before the application date.
    var countedFrom: String
    var countedThrough: String
    var shortfallMinutes: Int
    var waiver: String?
    var prorated: Bool
    var capsApplied: [CapApplied]
  }

  /// How the license stands on a minimum within its total.
  struct Subtotal: Encodable {
    var id: String
    var title: String
    var status: String
    var earnedMinutes: Int
    var requiredMinutes: Int
    var shortfallMinutes: Int
    /// Indices into ``TranscriptDocument/credits``.
    var countedCredits: [Int]
  }

  /// The board's cure period for the cycle.
  struct Cure: Encodable {
    /// The last day a course may be completed and still count toward the cycle.
    var deadline: String
    /// Courses completed after the cycle that count toward it: indices into ``TranscriptDocument/credits``.
    var credits: [Int]
  }

  var board: String
  var license: String
  var learner: String
  var cycleStart: String
  var cycleEnd: String
  var credits: [CreditDocument]
  var total: Total
  var subtotals: [Subtotal]
  var requirements: [Requirement]
  /// Absent when the board has no cure period.
  var cure: Cure?
  var compliant: Bool

  init(_ report: TranscriptReport) {
    let result = report.result
    let reported = report.reportedCredits
    let positions = Dictionary(uniqueKeysWithValues: reported.enumerated().map { ($1.index, $0) })
    board = report.board.id
    license = report.license.key
    learner = report.learnerName
    cycleStart = result.cycle.start.description
    cycleEnd = result.cycle.end.description
    credits = reported.map { _, credit in
      CreditDocument(
        credit, countedMinutes: report.board.unit.counted(credit.minutes), inCycle: result.cycle.contains(credit.completedOn))
    }
    total = Total(
      id: result.total.totalID, requiredMinutes: result.total.requiredMinutes, onTopMinutes: result.total.onTopMinutes,
      earnedMinutes: result.total.earnedMinutes, carriedInMinutes: result.total.carriedInMinutes,
      carriedForwardMinutes: result.total.carriedForwardMinutes, countedFrom: result.total.countedFrom.description,
      countedThrough: result.total.countedThrough.description, shortfallMinutes: result.total.shortfallMinutes,
      waiver: result.total.waiver?.rawValue, prorated: result.total.isProrated,
      capsApplied: result.total.capsApplied.map {
        CapApplied(cap: $0.capID, credit: positions[$0.creditIndex], minutesNotCounted: $0.minutesNotCounted)
      })
    requirements = result.requirements.map { requirement in
      Requirement(
        id: requirement.requirementID, title: requirement.title, status: TranscriptReport.statusName(requirement.status),
        earnedMinutes: requirement.earnedMinutes, requiredMinutes: requirement.requiredMinutes,
        shortfallMinutes: requirement.shortfallMinutes, nextDue: requirement.nextDue?.description,
        satisfiedBy: requirement.satisfiedBy.compactMap { positions[$0] })
    }
    subtotals = result.subtotals.map { subtotal in
      Subtotal(
        id: subtotal.subtotalID, title: subtotal.title, status: TranscriptReport.statusName(subtotal.status),
        earnedMinutes: subtotal.earnedMinutes, requiredMinutes: subtotal.requiredMinutes,
        shortfallMinutes: subtotal.shortfallMinutes,
        countedCredits: subtotal.countedCredits.compactMap { positions[$0] })
    }
    cure = result.cure.map { Cure(deadline: $0.deadline.description, credits: $0.credits.compactMap { positions[$0] }) }
    compliant = result.isCompliant
  }
}
