import VigilBase
import VigilLedger

/// A certificate the home's ledger holds, with its claims and its file's path: what
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

  /// Every certificate in the ledger, or a learner's, oldest first.
  ///
  /// - Throws: ``VigilLedger/LedgerError`` or ``CredentialError`` for a stored token that cannot be read.
  public static func all(in ledger: Ledger, home: VigilHome, learnerID: Int64? = nil) throws -> [CertificateRecord] {
    try records(try ledger.certificates(learnerID: learnerID), home: home)
  }

  /// The credentials issued under a certificate number, typed as a person types it.
  ///
  /// - Throws: ``CredentialError/Code/malformedNumber`` for a number that does not check,
  ///   ``CredentialError/Code/notFound`` when the ledger has no certificate with the number, or
  ///   ``VigilLedger/LedgerError``.
  public static func find(_ typed: String, in ledger: Ledger, home: VigilHome) throws -> [CertificateRecord] {
    let number = try CertificateNumber(parsing: typed)
    let found = try records(try ledger.certificates(number: number.description), home: home)
    guard !found.isEmpty else {
      throw CredentialError(
        .notFound,
        "there is no certificate \(number) in the ledger at \(ledger.path); list them with vigil certificate list")
    }
    return found
  }

  private static func records(
    _ certificates: [Certificate], home: VigilHome
  ) throws(CredentialError) -> [CertificateRecord] {
    let folder = CertificateFolder(home: home)
    return try certificates.map { certificate throws(CredentialError) in
      CertificateRecord(
        certificate: certificate, claims: try CredentialClaims(storedToken: certificate.token),
        path: folder.filePath(certificate))
    }
  }
}
