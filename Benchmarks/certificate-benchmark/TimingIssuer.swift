import BenchmarkSupport
import VigilCredentials
import VigilLedger
import VigilSigning

/// Wraps the real issuer and keeps how long each completion's credentials took to build and sign,
/// timed inside the ledger's transaction where issuing runs.
final class TimingIssuer: CertificateIssuer, @unchecked Sendable {
  private let issuer: CredentialIssuer
  /// Seconds per completion, in order (the benchmark is single-threaded).
  private(set) var seconds: [Double] = []

  init(_ issuer: CredentialIssuer) {
    self.issuer = issuer
  }

  var checkpointSigner: any CheckpointSigner { issuer.checkpointSigner }

  func certificates(for subject: CertificateSubject) throws -> [NewCertificate] {
    let (certificates, elapsed) = try timed { try issuer.certificates(for: subject) }
    seconds.append(elapsed)
    return certificates
  }
}
