import VigilBase
import VigilLedger

/// A certificate the home's ledger holds, with its claims, its file's path and where it stands: what
/// `vigil certificate list` and `show` print.
///
/// The claims are read from the ledger's own token without checking its signature (the ledger is the
/// record); `vigil certificate verify` checks a certificate someone hands over.
public struct CertificateRecord: Sendable, Hashable {
  /// The certificate as the ledger holds it.
  public var certificate: Certificate
  /// Its claims.
  public var claims: CredentialClaims
  /// Where its file is written in the home's `certificates/`.
  public var path: String
  /// Active, revoked or superseded, as the ledger records it.
  public var status: CertificateStatus

  /// Every certificate in the ledger, or a learner's, or a license's (or both), oldest first.
  ///
  /// - Throws: ``VigilLedger/LedgerError`` or ``CredentialError`` for a stored token that cannot be read.
  public static func all(
    in ledger: Ledger, home: VigilHome, learnerID: Int64? = nil, license: LicenseKey? = nil
  ) throws -> [CertificateRecord] {
    var statuses: [String: CertificateStatus] = [:]
    for revocation in try ledger.revocations() {
      statuses[revocation.number] = .revoked(reason: revocation.reason, at: revocation.revokedAt)
    }
    for supersession in try ledger.supersessions() {
      statuses[supersession.number] = .superseded(by: supersession.supersededBy, at: supersession.supersededAt)
    }
    let certificates = try ledger.certificates(learnerID: learnerID).filter { license == nil || $0.license == license }
    return try records(certificates, home: home) { statuses[$0] ?? .active }
  }

  /// The credentials issued under a certificate number, typed as a person types it.
  ///
  /// - Throws: ``CredentialError/Code/malformedNumber`` for a number that does not check,
  ///   ``CredentialError/Code/notFound`` when the ledger has no certificate with the number, or
  ///   ``VigilLedger/LedgerError``.
  public static func find(_ typed: String, in ledger: Ledger, home: VigilHome) throws -> [CertificateRecord] {
    let number = try CertificateNumber(parsing: typed)
    guard let edition = try ledger.certificateEdition(number: number.description) else {
      throw CredentialError(
        .notFound,
        "there is no certificate \(number) in the ledger at \(ledger.path); list them with vigil certificate list")
    }
    return try records(edition.credentials, home: home) { _ in edition.status }
  }

  private static func records(
    _ certificates: [Certificate], home: VigilHome, status: (String) -> CertificateStatus
  ) throws(CredentialError) -> [CertificateRecord] {
    let folder = CertificateFolder(home: home)
    return try certificates.map { certificate throws(CredentialError) in
      CertificateRecord(
        certificate: certificate, claims: try CredentialClaims(storedToken: certificate.token),
        path: folder.filePath(certificate), status: status(certificate.number))
    }
  }
}
