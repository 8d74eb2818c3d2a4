import VigilBase
import VigilLedger
import VigilSigning

/// Verifies a Vigil certificate (a compact JWS holding an Open Badges 3.0 credential) as a board or an
/// employer would, offline, with the provider's published JWK Set.
///
/// In order: the signature (ES256 only, by a key of the set, `typ` `JWT`); the claims' agreement with
/// each other (``CredentialClaims/init(payload:)``); that the certificate is already valid; the ledger
/// checkpoint it carries (signed by the same key, over a well-formed head); and, with a ledger, that
/// the ledger which issued it holds exactly this token. The first failure is thrown.
public struct CertificateVerifier: Sendable {
  /// The provider's public keys.
  public let keys: JWKSet
  /// The verifying home's ledger, if it has one.
  public let ledger: Ledger?
  /// The current time, seconds since 1970.
  public let now: Int64

  /// A verifier with the provider's keys, the home's ledger (or nil) and the current time.
  public init(keys: JWKSet, ledger: Ledger?, now: Int64) {
    self.keys = keys
    self.ledger = ledger
    self.now = now
  }

  /// Verifies a token exactly as read (no surrounding white space).
  ///
  /// - Throws: ``CredentialError`` whose ``CredentialError/isVerificationFailure`` is true for a
  ///   certificate that does not verify, saying why; ``CredentialError/Code/storage`` when the ledger
  ///   cannot be read.
  public func verify(_ token: String) throws(CredentialError) -> CertificateVerdict {
    let verified = try Self.checkSignature { () throws(SigningError) in
      try CompactJWS.verify(token, keys: keys, expectedType: OpenBadgeCredential.tokenType)
    }
    let claims = try CredentialClaims(payload: verified.payload)
    guard claims.validFrom <= now else {
      throw CredentialError(
        .inconsistentClaims,
        "the certificate is not valid before \(InstantText.format(claims.validFrom)), which is still to come; "
          + "check this computer's clock")
    }
    let checkpoint = try Self.checkSignature { () throws(SigningError) in
      try CompactJWS.verify(claims.checkpoint, keys: keys, expectedType: Checkpoint.tokenType)
    }
    guard checkpoint.header.keyID == verified.header.keyID else {
      throw CredentialError(
        .inconsistentClaims,
        "the certificate is signed by key \(verified.header.keyID) but the ledger checkpoint it carries by key "
          + "\(checkpoint.header.keyID); a certificate is signed with the key that signed its checkpoint")
    }
    do {
      _ = try Checkpoint(payload: checkpoint.payload)
    } catch {
      throw CredentialError(.inconsistentClaims, "the certificate's ledger checkpoint is malformed: \(error.message)")
    }
    return CertificateVerdict(
      claims: claims, keyID: verified.header.keyID, ledger: try ledgerFinding(claims, token: token))
  }

  /// Whether the issuing ledger holds exactly this token.
  private func ledgerFinding(
    _ claims: CredentialClaims, token: String
  ) throws(CredentialError) -> CertificateVerdict.LedgerFinding {
    guard let ledger else { return .noLedger }
    do {
      guard let identity = try ledger.identity(), "urn:uuid:\(identity)" == claims.issuerID else {
        return .issuedElsewhere(path: ledger.path)
      }
      guard let stored = try ledger.certificate(credentialID: claims.id) else {
        throw CredentialError(
          .notInLedger,
          "the certificate names the ledger at \(ledger.path) as its issuer, but the ledger holds no certificate "
            + "\(claims.number) (\(claims.id)): it was not issued from this ledger's records")
      }
      guard stored.token == token, stored.number == claims.number.description else {
        throw CredentialError(
          .notInLedger,
          "the ledger at \(ledger.path) holds another token for certificate \(claims.number) (\(claims.id)): this "
            + "one was signed again or made outside the ledger")
      }
      return .holds(path: ledger.path)
    } catch let error as CredentialError {
      throw error
    } catch {
      throw CredentialError(.storage, "cannot compare the certificate with the ledger: \(error)")
    }
  }

  /// Runs a signature check, turning its ``VigilSigning/SigningError`` into a ``CredentialError``.
  private static func checkSignature(
    _ body: () throws(SigningError) -> VerifiedJWS
  ) throws(CredentialError) -> VerifiedJWS {
    do {
      return try body()
    } catch {
      let code: CredentialError.Code =
        switch error.code {
        case .unsupportedAlgorithm: .unsupportedAlgorithm
        case .unknownKey: .unknownKey
        case .badSignature: .badSignature
        default: .malformedToken
        }
      throw CredentialError(code, "the certificate does not verify: \(error.message)")
    }
  }
}
