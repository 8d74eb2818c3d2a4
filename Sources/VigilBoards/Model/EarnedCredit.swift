import VigilBase
import VigilCourse

/// Credit a licensee earned for one completed course under one approval, as the ledger stores it.
///
/// Minutes are integers; a board's unit and rounding apply only when credit is counted or shown.
public struct EarnedCredit: Sendable, Hashable, Codable {
  /// The course id.
  public var courseID: String
  /// The course version completed.
  public var courseVersion: String
  /// The course title, for transcripts.
  public var courseTitle: String
  /// The day the course was completed.
  public var completedOn: CalendarDate
  /// The approver whose approval carries the credit, e.g. `ANCC` or `TX-HHSC`.
  public var approver: String
  /// The approval number.
  public var approvalNumber: String
  /// The credited minutes of learning.
  public var minutes: Int
  /// The topics the approval covers, e.g. `human-trafficking`.
  public var topics: Set<String>
  /// Whether the approval is an example (a placeholder number): sample credit, which shows what the
  /// course would earn but counts toward no requirement and is never reported to a board.
  public var isSample: Bool

  /// Creates an earned credit.
  public init(
    courseID: String, courseVersion: String, courseTitle: String, completedOn: CalendarDate, approver: String,
    approvalNumber: String, minutes: Int, topics: Set<String>, isSample: Bool = false
  ) {
    self.isSample = isSample
    self.courseID = courseID
    self.courseVersion = courseVersion
    self.courseTitle = courseTitle
    self.completedOn = completedOn
    self.approver = approver
    self.approvalNumber = approvalNumber
    self.minutes = minutes
    self.topics = topics
  }
}

extension EarnedCredit {
  /// Whether the credit came through one of `approvers` and is on one of `topics` (an empty list
  /// accepts any): the category a cap or a subtotal names.
  public func isOf(approvers: [String], topics: [String]) -> Bool {
    (approvers.isEmpty || approvers.contains(approver)) && (topics.isEmpty || topics.contains { self.topics.contains($0) })
  }
}
