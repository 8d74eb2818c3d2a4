/// What `vigil certificate verify` found about a certificate that verifies.
public struct CertificateVerdict: Sendable, Hashable {
  /// What the verifying home's ledger says about the certificate.
  public enum LedgerFinding: Sendable, Hashable {
    /// The ledger issued the certificate and holds exactly this token.
    case holds(path: String)
    /// The certificate names another ledger as its issuer (a board verifying a provider's certificate).
    case issuedElsewhere(path: String)
    /// There is no ledger to compare with.
    case noLedger
  }

  /// The certificate's claims.
  public var claims: CredentialClaims
  /// The `kid` of the key that signed it.
  public var keyID: String
  /// What the ledger says.
  public var ledger: LedgerFinding
  /// The provider's status list that was checked and does not revoke it, if one was given.
  public var statusList: StatusList?
}
