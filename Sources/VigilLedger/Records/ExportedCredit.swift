import VigilBase

/// One credit as a provider reports it to a board: a completion's credit for one license under one
/// approval, with the certificate it was issued under and, when the certificate was revoked, why.
///
/// ``Ledger/forEachExportedCredit(board:from:through:start:proof:_:)`` streams them; sample credit (from approvals
/// marked `example`) is never among them.
public struct ExportedCredit: Sendable, Hashable {
  /// The completion's row id, which orders credits of the same day.
  public var completionID: Int64
  /// The sequence number of the completion's event: a batch whose head is at or past it covers it.
  public var completionSequence: Int64
  /// The certificate number the credit was issued under.
  public var certificateNumber: String
  /// The learner's name as the completion's snapshot (and so the certificate) prints it.
  public var learnerName: String
  /// The license credited.
  public var license: LicenseKey
  /// The course id, version and title.
  public var courseID: String
  public var courseVersion: String
  public var courseTitle: String
  /// The approver and approval number.
  public var approver: String
  public var approvalNumber: String
  /// The approval's minutes of learning.
  public var minutes: Int
  /// The day the course was completed.
  public var completedOn: CalendarDate
  /// The topics the approval covers, sorted.
  public var topics: [String]
  /// The certificate's revocation, when it was revoked.
  public var revocation: Revocation?
  /// The completion's later certificate editions (re-issued after a corrected name), in order; empty
  /// when the first is the only one. Each supersedes the one before; the last may be revoked.
  public var laterEditions: [CertificateEdition] = []
  /// The UTC instant of completion, seconds since 1970; nil for a completion recorded without one.
  public var completedAt: Int64?
  /// The passing quiz attempt's percentage in basis points (8550 is 85.5 %); nil without a quiz.
  public var percentBasisPoints: Int?
  /// How long the passing attempt took, from its start to its submission, in seconds; nil for a
  /// completion recorded without an attempt.
  public var attemptSeconds: Int64?

  /// Creates an exported credit.
  public init(
    completionID: Int64, completionSequence: Int64, certificateNumber: String, learnerName: String,
    license: LicenseKey, courseID: String, courseVersion: String, courseTitle: String, approver: String,
    approvalNumber: String, minutes: Int, completedOn: CalendarDate, topics: [String], revocation: Revocation? = nil,
    completedAt: Int64? = nil, percentBasisPoints: Int? = nil, attemptSeconds: Int64? = nil
  ) {
    self.completionID = completionID
    self.completionSequence = completionSequence
    self.certificateNumber = certificateNumber
    self.learnerName = learnerName
    self.license = license
    self.courseID = courseID
    self.courseVersion = courseVersion
    self.courseTitle = courseTitle
    self.approver = approver
    self.approvalNumber = approvalNumber
    self.minutes = minutes
    self.completedOn = completedOn
    self.topics = topics
    self.revocation = revocation
    self.completedAt = completedAt
    self.percentBasisPoints = percentBasisPoints
    self.attemptSeconds = attemptSeconds
  }
}
