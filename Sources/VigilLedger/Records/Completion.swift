import VigilBase
import VigilCourse

/// A completed course as the ledger stores it, with the credit it earned for each license.
public struct Completion: Sendable, Hashable {
  /// The ledger's id for the completion.
  public var id: Int64
  /// The learner who completed the course.
  public var learnerID: Int64
  /// The course id.
  public var courseID: String
  /// The course version completed.
  public var courseVersion: String
  /// The course title, for transcripts and certificates.
  public var courseTitle: String
  /// The day the course was completed.
  public var completedOn: CalendarDate
  /// The attempt that passed, when the course was taken in this ledger (nil for imported records).
  public var attemptID: Int64?
  /// The quiz percentage, when there was a quiz.
  public var percent: Double?
  /// The credit recorded for each license.
  public var credits: [RecordedCredit]
  /// The completion's natural key, which survives export and import: the ledger's id, `/`, its id.
  public var number: String
  /// The provider's signed checkpoint (a compact JWS) of the ledger's head that ends with this
  /// completion's events; nil when the ledger had no signing key then. Certificates and batches carry
  /// it, so a provider that later rewrites its history contradicts what others already hold.
  public var checkpoint: String?

  /// Creates a completion value.
  public init(
    id: Int64, learnerID: Int64, courseID: String, courseVersion: String, courseTitle: String,
    completedOn: CalendarDate, attemptID: Int64?, percent: Double?, credits: [RecordedCredit], number: String = "",
    checkpoint: String? = nil
  ) {
    self.number = number
    self.checkpoint = checkpoint
    self.id = id
    self.learnerID = learnerID
    self.courseID = courseID
    self.courseVersion = courseVersion
    self.courseTitle = courseTitle
    self.completedOn = completedOn
    self.attemptID = attemptID
    self.percent = percent
    self.credits = credits
  }
}

/// One credit row: minutes earned under one approval, for one license.
public struct RecordedCredit: Sendable, Hashable {
  /// The ledger's id for the credit.
  public var id: Int64
  /// The license credited.
  public var license: LicenseKey
  /// The approver, e.g. `ANCC`.
  public var approver: String
  /// The approval number.
  public var approvalNumber: String
  /// Integer minutes.
  public var minutes: Int
  /// The topics the approval covers.
  public var topics: Set<String>
  /// Whether it is sample credit (from an approval marked as an example): never reportable.
  public var isSample: Bool

  /// Creates a credit value.
  public init(
    id: Int64, license: LicenseKey, approver: String, approvalNumber: String, minutes: Int, topics: Set<String>,
    isSample: Bool = false
  ) {
    self.id = id
    self.isSample = isSample
    self.license = license
    self.approver = approver
    self.approvalNumber = approvalNumber
    self.minutes = minutes
    self.topics = topics
  }
}
