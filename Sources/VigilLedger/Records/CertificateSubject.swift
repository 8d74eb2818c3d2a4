import VigilBase
import VigilGrading

/// What the ledger recorded about a completion that its certificates say, gathered inside the
/// transaction that issues them: the completion with its snapshot, the signed checkpoint of the head
/// that ends with it, and the credit for each license the learner holds.
///
/// It is read back from the stored rows, never from the caller's values, so the same completion
/// always gives the same subject. A re-issue after a corrected name (``Ledger/reissueCertificate(number:reissuer:)``)
/// gives the same subject but for the learner's name now (in ``snapshot``), a new checkpoint, the next
/// ``edition`` and the number it ``supersedes``.
public struct CertificateSubject: Sendable, Hashable {
  /// One license the learner holds, with the credit this completion earned it (none when its board
  /// accepts none of the course's approvals).
  public struct LicenseCredits: Sendable, Hashable {
    /// The license.
    public var license: LicenseKey
    /// The credit rows of this completion for the license, in the order recorded.
    public var credits: [RecordedCredit]

    /// Creates a license's credits.
    public init(license: LicenseKey, credits: [RecordedCredit]) {
      self.license = license
      self.credits = credits
    }
  }

  /// The ledger's id (a UUID), which names the provider's ledger that issues the certificate.
  public var ledgerID: String
  /// The completion's row id.
  public var completionID: Int64
  /// The completion's natural key: the ledger's id, `/`, its id.
  public var completionNumber: String
  /// The learner's id in the ledger.
  public var learnerID: Int64
  /// The UTC instant of completion.
  public var completedAt: Timestamp
  /// The completion's local date, fixed once at completion.
  public var completedOn: CalendarDate
  /// The quiz percentage in basis points (85.5 % is 8550), when there was a quiz.
  public var percentBasisPoints: Int64?
  /// What certificates print, as it was at completion.
  public var snapshot: CompletionSnapshot
  /// The provider's signed checkpoint (compact JWS) of the ledger's head ending with the completion.
  public var checkpoint: String
  /// Each license the learner holds, sorted by key (for a re-issue: each license the superseded
  /// certificate's credentials name).
  public var licenses: [LicenseCredits]
  /// Which certificate of the completion this is: 1 for the one issued at completion, 2 for the first
  /// re-issued after a correction, and so on. Its number, credential ids and status list follow from it.
  public var edition: Int
  /// The certificate number this one supersedes (the completion's previous edition), nil for edition 1.
  public var supersedes: String?

  /// Creates a subject (tests build their own; the ledger reads it with the completion).
  public init(
    ledgerID: String, completionID: Int64, completionNumber: String, learnerID: Int64, completedAt: Timestamp,
    completedOn: CalendarDate, percentBasisPoints: Int64?, snapshot: CompletionSnapshot, checkpoint: String,
    licenses: [LicenseCredits], edition: Int = 1, supersedes: String? = nil
  ) {
    self.ledgerID = ledgerID
    self.completionID = completionID
    self.completionNumber = completionNumber
    self.learnerID = learnerID
    self.completedAt = completedAt
    self.completedOn = completedOn
    self.percentBasisPoints = percentBasisPoints
    self.snapshot = snapshot
    self.checkpoint = checkpoint
    self.licenses = licenses
    self.edition = edition
    self.supersedes = supersedes
  }
}
