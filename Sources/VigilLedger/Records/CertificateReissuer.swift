import VigilSigning

/// What the ledger takes to re-issue a certificate after a correction, inside the transaction that
/// records it: the key that signs the checkpoint the new certificate carries, and the signing of the new
/// credentials.
///
/// As with ``CertificateIssuer``, the ledger never builds credentials itself: it gathers the
/// ``CertificateSubject`` (the completion as recorded, with the learner's corrected name, the next
/// edition and the number superseded) and the superseded credentials, and stores what comes back with a
/// `certificate.reissued/1` event per credential and one `certificate.superseded/1` event.
public protocol CertificateReissuer: Sendable {
  /// The key that signs the checkpoint of the head before the re-issue, the same key that signs the
  /// new credentials.
  var checkpointSigner: any CheckpointSigner { get }

  /// The signed credentials of `subject`'s edition, one for each credential of `superseded` (the same
  /// licenses), all under one new number.
  func certificates(reissuing superseded: [Certificate], for subject: CertificateSubject) throws -> [NewCertificate]
}
