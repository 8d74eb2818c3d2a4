import VigilBase
import VigilCourse
import VigilLedger

/// Everything one credential says, gathered before it is written: the ledger's record of the
/// completion, the certificate number, what the course package states that the completion's snapshot
/// does not (the provider's postal address and numbers, the summary, the pass mark), and the license
/// the credential is for with what its board counts.
///
/// ``OpenBadgeCredential`` is a pure function of these facts, so the same facts always give the same
/// claims, byte for byte.
public struct CredentialFacts: Sendable, Hashable {
  /// The license a credential is for, and the credit its board gives.
  public struct LicenseFacts: Sendable, Hashable {
    /// The license.
    public var license: LicenseKey
    /// The board's name, e.g. `Texas Board of Nursing`.
    public var boardName: String
    /// Minutes in one of the board's hours (60, or 50).
    public var minutesPerHour: Int
    /// The minutes the board counts for the course: its largest credit that is not sample credit, after
    /// the board's rounding (a course counts once, however many of its approvals the board accepts);
    /// 0 when the license has only sample credit or none.
    public var countedMinutes: Int
    /// The completion's credit rows for the license, one per approval the board accepts.
    public var credits: [RecordedCredit]

    /// Creates a license's facts.
    public init(
      license: LicenseKey, boardName: String, minutesPerHour: Int, countedMinutes: Int, credits: [RecordedCredit]
    ) {
      self.license = license
      self.boardName = boardName
      self.minutesPerHour = minutesPerHour
      self.countedMinutes = countedMinutes
      self.credits = credits
    }

    /// The counted credit in the board's hours, in hundredths, rounded half up (as ``HoursText`` shows it).
    public var hundredthsEarned: Int64 {
      let perHour = max(1, minutesPerHour)
      return Int64((countedMinutes * 100 + perHour / 2) / perHour)
    }
  }

  /// The completion as the ledger recorded it.
  public var subject: CertificateSubject
  /// The certificate number, shared by the completion's credentials.
  public var number: CertificateNumber
  /// What the course package states: the provider, the summary, the language and the pass mark.
  public var package: PackageFacts
  /// The license the credential is for; nil when the learner holds none.
  public var license: LicenseFacts?

  /// Creates the facts of one credential.
  public init(subject: CertificateSubject, number: CertificateNumber, package: PackageFacts, license: LicenseFacts?) {
    self.subject = subject
    self.number = number
    self.package = package
    self.license = license
  }

  /// The provider as the course package states it (name, web and postal address, provider numbers).
  public var provider: Provider { package.provider }
  /// The course's summary.
  public var summary: String { package.summary }
  /// The course's language (BCP 47), e.g. `en-US`.
  public var language: String { package.language }
  /// The quiz's pass mark in basis points (80 % is 8000), when the course has a quiz.
  public var passBasisPoints: Int64? { package.passBasisPoints }

  /// Whether the credential is a sample: the credit it reports comes only from approvals marked as
  /// examples (the license's credits are all sample credit, or, with no credit at all, every approval of
  /// the course is an example). A sample reports no credit and says so in its name and in
  /// `vigil.sample`.
  public var isSample: Bool {
    guard let credits = license?.credits, !credits.isEmpty else {
      return !subject.snapshot.approvals.isEmpty && subject.snapshot.approvals.allSatisfy(\.isExample)
    }
    return credits.allSatisfy(\.isSample)
  }

  /// The course's credit in hours (hundredths): its largest approval that is not an example; 0 when
  /// every approval is one.
  public var hundredthsAvailable: Int64 { Self.hundredthsAvailable(approvals: subject.snapshot.approvals) }

  /// The credit in hours (hundredths) of a course with `approvals`: its largest that is not an example.
  static func hundredthsAvailable(approvals: [CompletionSnapshot.ApprovalSnapshot]) -> Int64 {
    Int64(approvals.filter { !$0.isExample }.map(\.hundredthsOfHour).max() ?? 0)
  }
}
