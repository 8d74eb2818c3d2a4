import VigilCourse
import VigilLedger
import VigilSigning

/// Re-issues a certificate after the learner's name was corrected, with the provider's key: the
/// ``VigilLedger/CertificateReissuer`` VigilEngine passes to the ledger, which calls it inside the
/// transaction that records the re-issue.
///
/// Each new credential is the superseded one with only what the correction changes: the learner's
/// name, the certificate number (the completion's next edition), the credential's id and
/// `credentialStatus` (a bit of its own), the checkpoint it carries (of the head before the re-issue,
/// signed now) and `vigil.supersedes` (the old number). What the course package and the board files said
/// when the certificate was issued (the provider's postal address and numbers, the summary, the pass mark,
/// each board's name, hour and counted minutes) is read back from the superseded credential, so a re-issue
/// needs neither, and says what the first did even after the course moved on to a newer version. Before
/// signing, the superseded credential is rebuilt from what was read back and the ledger's record: when
/// that does not give its claims byte for byte (a certificate written by another version of Vigil), the
/// re-issue is refused rather than guessed.
public struct CredentialReissuer: CertificateReissuer {
  /// The provider's current signing key: it signs the checkpoint and the new credentials.
  public let key: SigningKey

  /// A reissuer signing with `key`.
  public init(key: SigningKey) {
    self.key = key
  }

  public var checkpointSigner: any CheckpointSigner { key }

  /// Signs the new edition's credentials, one per superseded credential.
  ///
  /// - Throws: ``CredentialError/Code/cannotIssue`` (a subject that is no re-issue, a checkpoint another
  ///   key signed, a superseded credential that does not rebuild exactly), the errors of reading a stored
  ///   token, or the signing key's ``VigilSigning/SigningError``.
  public func certificates(
    reissuing superseded: [Certificate], for subject: CertificateSubject
  ) throws -> [NewCertificate] {
    guard let previous = subject.supersedes, subject.edition >= 2 else {
      throw CredentialError(.cannotIssue, "the completion's first certificate is issued, not re-issued")
    }
    try CredentialIssuer.checkCheckpoint(subject.checkpoint, key: key)
    let number = try CertificateNumber.derive(
      ledgerID: subject.ledgerID, completionID: subject.completionID, edition: subject.edition)
    var names = CredentialFileNames()
    return try superseded.map { old throws -> NewCertificate in
      let claims = try CredentialClaims(storedToken: old.token)
      guard claims.number.description == previous, old.number == previous else {
        throw CredentialError(.cannotIssue, "a credential of \(old.number) is not one of certificate \(previous)")
      }
      var facts = Self.facts(readingBack: claims, license: old.license, subject: subject)
      guard try OpenBadgeCredential(facts).claims() == CredentialClaims.payload(ofStoredToken: old.token) else {
        throw CredentialError(
          .cannotIssue,
          "certificate \(previous)'s credential \(claims.id) does not follow from the ledger's record byte for byte "
            + "(another version of Vigil wrote it), so it cannot be re-issued exactly; revoke it instead")
      }
      facts.subject = subject
      facts.number = number
      let credential = try OpenBadgeCredential(facts)
      let token = try key.sign(payload: try credential.claims(), type: OpenBadgeCredential.tokenType)
      return NewCertificate(
        number: number.description, license: old.license, credentialID: credential.id,
        fileName: names.next(number: number, license: old.license), token: token)
    }
  }

  /// The facts of a superseded credential: the ledger's record of the completion (`subject`) as it was
  /// when the credential was issued (the name, checkpoint, edition and predecessor it printed), and what
  /// the course package and board files had said, as the credential states it.
  static func facts(readingBack claims: CredentialClaims, license: LicenseKey?, subject: CertificateSubject)
    -> CredentialFacts
  {
    var then = subject
    then.snapshot.learnerName = claims.learnerName
    then.checkpoint = claims.checkpoint
    then.edition = subject.edition - 1
    then.supersedes = claims.supersedes?.description
    let licenseFacts = license.map { key in
      CredentialFacts.LicenseFacts(
        license: key, boardName: claims.boardName ?? "", minutesPerHour: Int(claims.minutesPerHour ?? 0),
        countedMinutes: Int(claims.countedMinutes),
        credits: subject.licenses.first { $0.license == key }?.credits ?? [])
    }
    let provider = Provider(
      name: claims.issuerName, address: claims.issuerAddress, web: claims.issuerURL, numbers: claims.issuerNumbers)
    let package = PackageFacts(
      provider: provider, summary: claims.summary ?? "", language: claims.language ?? "",
      passBasisPoints: claims.passBasisPoints)
    return CredentialFacts(subject: then, number: claims.number, package: package, license: licenseFacts)
  }
}
