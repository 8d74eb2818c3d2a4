import VigilSigning

/// What the ledger takes to issue a completion's certificates inside the completion's own transaction:
/// the key that signs the checkpoint the certificates carry, and the signing of the certificates.
///
/// The ledger never builds credentials itself (VigilCredentials does, and VigilEngine passes one in);
/// it gathers the ``CertificateSubject`` from what it stored, and stores what comes back with a
/// `certificate.issued` event per certificate.
public protocol CertificateIssuer: Sendable {
  /// The key that signs the checkpoint of the head ending with the completion, the same key that
  /// signs the certificates.
  var checkpointSigner: any CheckpointSigner { get }

  /// The signed certificates of a completion: one per license in `subject.licenses`, or one without a
  /// license when there is none.
  func certificates(for subject: CertificateSubject) throws -> [NewCertificate]
}
