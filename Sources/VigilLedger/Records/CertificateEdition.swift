/// One certificate number of a completion with its credentials and where it stands: what
/// ``Ledger/certificateEditions(completionID:)`` reads, for the commands and for a board exchange that
/// must tell "certificate X superseded by Y for completion C" and "X revoked with reason R".
///
/// A completion's first edition is issued with it; each later edition is re-issued under a new number
/// after a correction (the learner's name) and supersedes the one before, so at most one edition of a
/// completion is ``CertificateStatus/active``.
public struct CertificateEdition: Sendable, Hashable {
  /// The certificate number, e.g. `VC-7K3Q-M2XD-4HJH`.
  public var number: String
  /// The completion it certifies.
  public var completionID: Int64
  /// 1 for the certificate issued at completion, 2 for the first re-issue, and so on.
  public var edition: Int
  /// The number of the edition before, which this one supersedes; nil for edition 1.
  public var supersedes: String?
  /// The learner's name the certificate prints (the completion's for edition 1, the corrected one after).
  public var learnerName: String
  /// Its credentials, one per license (or one without a license), in the order issued.
  public var credentials: [Certificate]
  /// Active, revoked (with the reason) or superseded (by the next edition's number).
  public var status: CertificateStatus

  /// Creates an edition value.
  public init(
    number: String, completionID: Int64, edition: Int, supersedes: String?, learnerName: String,
    credentials: [Certificate], status: CertificateStatus
  ) {
    self.number = number
    self.completionID = completionID
    self.edition = edition
    self.supersedes = supersedes
    self.learnerName = learnerName
    self.credentials = credentials
    self.status = status
  }
}
