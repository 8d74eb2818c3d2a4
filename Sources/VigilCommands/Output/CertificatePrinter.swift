import VigilBase
import VigilCredentials
import VigilLedger

/// Prints certificates for `vigil certificate list` and `show`, as text or as JSON.
struct CertificatePrinter {
  let format: OutputFormat

  /// One line (or entry) per credential.
  func list(_ records: [CertificateRecord], emptyNote: String) throws(CommandError) -> String {
    switch format {
    case .json: return try JSONOutput.encode(CertificateListDocument(records))
    case .text:
      guard !records.isEmpty else { return emptyNote + "\n" }
      return records.map { record in
        let claims = record.claims
        let credit =
          claims.license.map { license in
            "  \(license) \(claims.isSample ? "SAMPLE (no real credit)" : "\(claims.hoursText ?? "0.0") h")"
          } ?? "  no license"
        return "\(claims.number)  \(claims.completedOn)  \(claims.learnerName)  \(claims.courseTitle) "
          + "\(claims.courseVersion)\(credit)\(Self.flag(record.status))  \(record.path)\n"
      }.joined()
    }
  }

  /// What one certificate says, credential by credential; `status` and `learnerID` are the ledger's
  /// (nil for a file someone handed over).
  func show(
    _ credentials: [(claims: CredentialClaims, path: String)], learnerID: Int64?, status: CertificateStatus?
  ) throws(CommandError) -> String {
    guard let first = credentials.first?.claims else { return "" }
    if format == .json {
      return try JSONOutput.encode(CertificateDocument(credentials, learnerID: learnerID, status: status))
    }
    var text = """
      Certificate \(first.number)\(first.isSample ? " (SAMPLE: no real credit)" : "")
        Learner: \(first.learnerName)
        Course: \(first.courseTitle) \(first.courseVersion) (\(first.courseID))
        Completed: \(first.completedOn)
        Provider: \(first.issuerName) (\(first.issuerID))
        Completion: \(first.completion)

      """
    if let supersedes = first.supersedes { text += "  Supersedes: \(supersedes) (re-issued with a corrected name)\n" }
    switch status {
    case .revoked(let reason, let at)?: text += "  REVOKED on \(InstantText.format(at)): \(reason)\n"
    case .superseded(let number, let at)?:
      text += "  SUPERSEDED by \(number) on \(InstantText.format(at)) (re-issued with a corrected name)\n"
    case .active?, nil: break
    }
    if let status = first.status { text += "  Status list: \(status.listURL), index \(status.index)\n" }
    if let head = first.ledgerHead {
      text += "  Ledger head: \(head) (signed; a provider's ledger must still hold it: vigil ledger verify --since \(head))\n"
    }
    for (claims, path) in credentials {
      if let license = claims.license {
        let credit = claims.isSample ? "SAMPLE, no real credit" : "\(claims.hoursText ?? "0.0") h"
        text += "  \(license), \(claims.boardName ?? ""): \(credit)\n"
      } else {
        text += "  No license: no credit\n"
      }
      for credit in claims.credits {
        let sample = credit.isSample ? " (sample)" : ""
        text += "    \(credit.approver) \(credit.approvalNumber): \(credit.minutes) min\(sample)\n"
      }
      text += "    Credential \(claims.id)\n    File: \(path)\n"
    }
    return text
  }

  /// A list line's status: nothing for an active certificate.
  private static func flag(_ status: CertificateStatus) -> String {
    switch status {
    case .active: ""
    case .revoked: "  REVOKED"
    case .superseded(let number, _): "  SUPERSEDED by \(number)"
    }
  }
}
