/// `vigil transcript --format json`: the cycle, the credits in view, the total and each requirement.
/// Minutes are integers; hours are for display only.
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
    var earnedMinutes: Int
    var shortfallMinutes: Int
    var waiver: String?
    var prorated: Bool
    var capsApplied: [CapApplied]
  }

  var board: String
  var license: String
  var learner: String
  var cycleStart: String
  var cycleEnd: String
  var credits: [CreditDocument]
  var total: Total
  var requirements: [Requirement]
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
      earnedMinutes: result.total.earnedMinutes, shortfallMinutes: result.total.shortfallMinutes,
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
    compliant = result.isCompliant
  }
}
