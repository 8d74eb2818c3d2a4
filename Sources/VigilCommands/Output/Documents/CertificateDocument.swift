import VigilBase
import VigilCredentials
import VigilLedger

/// `vigil certificate show --format json`: what a certificate says, with one entry per credential;
/// from the home's ledger with its status, or from a file (`verified` false, no status, no learner id).
struct CertificateDocument: Encodable {
  /// Where a certificate stands.
  struct Status: Encodable {
    /// `active`, `revoked` or `superseded`.
    var state: String
    /// Why it was revoked.
    var reason: String?
    /// When it was revoked or superseded, UTC (`2026-12-02T09:00:00Z`).
    var at: String?
    /// The number of the certificate that replaces it.
    var supersededBy: String?

    init(_ status: CertificateStatus) {
      switch status {
      case .active: state = "active"
      case .revoked(let reason, let at):
        state = "revoked"
        self.reason = reason
        self.at = InstantText.format(at)
      case .superseded(let number, let at):
        state = "superseded"
        supersededBy = number
        self.at = InstantText.format(at)
      }
    }
  }

  /// The learner the certificate names.
  struct Learner: Encodable {
    /// The id in the home's ledger (absent for a file).
    var id: Int64?
    var name: String
  }

  /// The course version completed.
  struct Course: Encodable {
    var id: String
    var title: String
    var version: String
  }

  /// The provider that issued it.
  struct Provider: Encodable {
    /// `urn:uuid:<ledger id>`.
    var id: String
    var name: String
    var url: String?
    var address: String?
  }

  /// Where the provider publishes its status.
  struct StatusList: Encodable {
    var url: String
    var index: Int
  }

  var number: String
  /// Absent for a certificate read from a file.
  var status: Status?
  /// The number this one was re-issued to replace.
  var supersedes: String?
  var sample: Bool
  var learner: Learner
  var course: Course
  var completedOn: String
  var completion: String
  var provider: Provider
  var statusList: StatusList?
  /// The provider ledger's head its checkpoint signs, `SEQ:LINK`.
  var ledgerHead: String?
  /// True only for what the ledger holds; a file's claims are read without checking its signature.
  var fromLedger: Bool
  var credentials: [CredentialDocument]

  /// The document of one certificate's credentials (all share the number), with the ledger's status.
  init(_ credentials: [(claims: CredentialClaims, path: String)], learnerID: Int64?, status: CertificateStatus?) {
    let first = credentials[0].claims
    number = first.number.description
    self.status = status.map(Status.init)
    supersedes = first.supersedes?.description
    sample = first.isSample
    learner = Learner(id: learnerID, name: first.learnerName)
    course = Course(id: first.courseID, title: first.courseTitle, version: first.courseVersion)
    completedOn = first.completedOn.description
    completion = first.completion
    provider = Provider(id: first.issuerID, name: first.issuerName, url: first.issuerURL, address: first.issuerAddress)
    statusList = first.status.map { StatusList(url: $0.listURL, index: $0.index) }
    ledgerHead = first.ledgerHead?.description
    fromLedger = status != nil
    self.credentials = credentials.map { CredentialDocument($0.claims, path: $0.path) }
  }
}
