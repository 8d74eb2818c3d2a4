import VigilBase
import VigilLedger
import VigilSigning

/// Verifies a Vigil certificate (a compact JWS holding an Open Badges 3.0 credential) as a board or an
/// employer would, offline, with the provider's published JWK Set.
///
/// In order: the signature (ES256 only, by a key of the set, `typ` `JWT`); the claims' agreement with
/// each other (``CredentialClaims/init(payload:)``); that the certificate is already valid; the ledger
/// checkpoint it carries (signed by the same key, over a well-formed head); with a ledger, that the
/// ledger which issued it holds exactly this token and has neither revoked nor superseded it; and, with
/// the provider's status list, that its bit is not set. The first failure is thrown.
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
  public func verify(_ token: String, statusList: StatusList? = nil) throws(CredentialError) -> CertificateVerdict {
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
    let finding = try ledgerFinding(claims, token: token)
    if case .holds = finding { try checkLedgerStatus(claims) }
    if let statusList { try Self.checkStatus(claims, in: statusList) }
    return CertificateVerdict(claims: claims, keyID: verified.header.keyID, ledger: finding, statusList: statusList)
  }

  /// Throws ``CredentialError/Code/revoked``, with the provider's reason, when the issuing ledger revoked
  /// it, and ``CredentialError/Code/superseded``, naming the newer number, when it was re-issued.
  private func checkLedgerStatus(_ claims: CredentialClaims) throws(CredentialError) {
    guard let ledger else { return }
    let status: CertificateStatus?
    do {
      status = try ledger.certificateEdition(number: claims.number.description)?.status
    } catch {
      throw CredentialError(.storage, "cannot read the ledger's revocations: \(error.message)")
    }
    switch status {
    case .revoked(let reason, let at):
      throw CredentialError(
        .revoked,
        "certificate \(claims.number) was revoked on \(InstantText.format(at)) (the ledger at \(ledger.path) records "
          + "it): \(reason)")
    case .superseded(let successor, let at):
      throw CredentialError(
        .superseded,
        "certificate \(claims.number) was superseded by \(successor) on \(InstantText.format(at)) (the ledger at "
          + "\(ledger.path) records it): it was re-issued with a corrected name; ask for \(successor)")
    case .active, nil:
      return
    }
  }

  /// Throws ``CredentialError/Code/revoked`` when the provider's status list (already verified with the
  /// keys) sets the certificate's bit (``CredentialError/Code/superseded`` when the list names the
  /// certificate that replaces it), and ``CredentialError/Code/malformedStatusList`` when it is not the
  /// list the certificate names.
  static func checkStatus(_ claims: CredentialClaims, in list: StatusList) throws(CredentialError) {
    guard let status = claims.status else {
      throw CredentialError(
        .malformedStatusList,
        "certificate \(claims.number) has no credentialStatus (it was issued before status lists, or its provider "
          + "has no web address), so no status list covers it")
    }
    guard list.url == status.listURL, list.issuerID == claims.issuerID else {
      throw CredentialError(
        .malformedStatusList,
        "the status list is \(list.url) of \(list.issuerID), but certificate \(claims.number) names \(status.listURL) "
          + "of \(claims.issuerID)")
    }
    guard status.index < list.bits.count else {
      throw CredentialError(.malformedStatusList, "the status list has no bit \(status.index)")
    }
    if let successor = list.successors[status.index] {
      throw CredentialError(
        .superseded,
        "certificate \(claims.number) is superseded by \(successor): the provider's status list \(list.url) of "
          + "\(InstantText.format(list.validFrom)) sets its bit \(status.index) and names its successor, re-issued "
          + "with a corrected name; ask for \(successor)")
    }
    if list.bits.isSet(status.index) {
      throw CredentialError(
        .revoked,
        "certificate \(claims.number) is revoked: the provider's status list \(list.url) of "
          + "\(InstantText.format(list.validFrom)) sets its bit \(status.index)")
    }
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
