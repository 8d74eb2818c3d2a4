import VigilBase
import VigilBoards
import VigilCourse
import VigilGrading

/// A completion to record: the course, the day, and the attempt that passed (if taken here).
public struct NewCompletion: Sendable, Hashable {
  /// The learner who completed the course.
  public var learnerID: Int64
  /// The course id.
  public var courseID: String
  /// The course version completed.
  public var courseVersion: String
  /// The course title.
  public var courseTitle: String
  /// The day the course was completed.
  public var completedOn: CalendarDate
  /// The finished, passed attempt behind the completion; nil for records imported from elsewhere.
  public var attemptID: Int64?
  /// The quiz percentage, when there was a quiz (finite, 0–100); stored in basis points.
  public var percent: Double?
  /// The UTC instant of completion, when known.
  public var completedAt: Timestamp?
  /// The learner's IANA time zone at completion (e.g. `America/Chicago`), when known.
  public var timeZone: String?
  /// The provider's name and web address, as the course states them.
  public var providerName: String
  public var providerWeb: String?
  /// The course's approvals as stated at completion.
  public var approvals: [CompletionSnapshot.ApprovalSnapshot]

  /// Creates a completion to record.
  public init(
    learnerID: Int64, courseID: String, courseVersion: String, courseTitle: String, completedOn: CalendarDate,
    attemptID: Int64? = nil, percent: Double? = nil, completedAt: Timestamp? = nil, timeZone: String? = nil,
    providerName: String = "", providerWeb: String? = nil, approvals: [CompletionSnapshot.ApprovalSnapshot] = []
  ) {
    self.completedAt = completedAt
    self.timeZone = timeZone
    self.providerName = providerName
    self.providerWeb = providerWeb
    self.approvals = approvals
    self.learnerID = learnerID
    self.courseID = courseID
    self.courseVersion = courseVersion
    self.courseTitle = courseTitle
    self.completedOn = completedOn
    self.attemptID = attemptID
    self.percent = percent
  }
}

/// The credits one completion earns for one of the learner's licenses, as VigilBoards' `CreditAward` gives them.
public struct LicenseCredits: Sendable, Hashable {
  /// The license credited; it must belong to the completion's learner.
  public var license: LicenseKey
  /// The credits; each must name the completion's course, version and day.
  public var credits: [EarnedCredit]

  /// Creates an award.
  public init(license: LicenseKey, credits: [EarnedCredit]) {
    self.license = license
    self.credits = credits
  }
}
