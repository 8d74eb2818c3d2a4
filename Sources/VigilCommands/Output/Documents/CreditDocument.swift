import VigilBoards

/// An earned credit in `--format json` output (learner and transcript reports).
struct CreditDocument: Encodable {
  var completedOn: String
  var course: String
  var version: String
  var title: String
  var approver: String
  var approvalNumber: String
  var minutes: Int
  var topics: [String]
  /// Whether the credit is sample credit (from an example approval): it counts toward nothing.
  var sample: Bool
  /// Minutes after the board's rounding, where a board is in view.
  var countedMinutes: Int?
  /// Whether the credit falls in the cycle shown, where a cycle is in view.
  var inCycle: Bool?

  init(_ credit: EarnedCredit, countedMinutes: Int? = nil, inCycle: Bool? = nil) {
    completedOn = credit.completedOn.description
    course = credit.courseID
    version = credit.courseVersion
    title = credit.courseTitle
    approver = credit.approver
    approvalNumber = credit.approvalNumber
    minutes = credit.minutes
    topics = credit.topics.sorted()
    sample = credit.isSample
    self.countedMinutes = countedMinutes
    self.inCycle = inCycle
  }
}
