import BenchmarkSupport
import Crypto
import VigilCredentials
import VigilLedger
import VigilSigning

/// Wraps the real issuer and times, inside the ledger's transaction where issuing runs, each
/// completion's credentials being built and signed, and beside them the floor timed the same way: on
/// every other completion, before its credentials, one bare ES256 signature (swift-crypto) with the
/// same private key over the signing input of the credential issued just before. Either is the first
/// thing the issuing step does, after the same ledger work, so neither gets caches the other warmed.
/// It keeps the last completions' subjects and checkpoints for ``issueAgain(_:)``.
final class TimingIssuer: CertificateIssuer, @unchecked Sendable {
  private let issuer: CredentialIssuer
  private let privateKey: P256.Signing.PrivateKey
  /// Seconds to build and sign the credentials of each completion whose issuing step started with
  /// them (the 1st, 3rd, 5th…).
  private(set) var credentialSeconds: [Double] = []
  /// Seconds of each bare signature that started an issuing step (the 2nd, 4th…), over the signing
  /// input of the credential issued in the completion before.
  private(set) var bareSeconds: [Double] = []
  /// Seconds to build and sign the credentials that followed a bare signature.
  private(set) var afterBareSeconds: [Double] = []
  /// The bare signature's seconds in each completion's transaction in order (0 when there was none),
  /// which are not issuing's.
  private(set) var bareSecondsByCompletion: [Double] = []
  /// The signing input of the last credential timed first, for the next completion's bare signature.
  private var previousSigningInput: [UInt8]?
  /// Signs the checkpoints with the issuer's signer and keeps the last one signed.
  private let checkpoints: RecordingCheckpointSigner
  /// The last completions' subjects with the checkpoint each carries, in a ring: the `n`th completion
  /// at `n % keep`.
  private var issued: [(subject: CertificateSubject, checkpoint: Checkpoint)] = []
  /// The completions issued so far.
  private var issuedCount = 0
  /// How many of them are kept.
  private let keep: Int

  /// Wraps `issuer`, whose key is `privateKey`, keeping the last `keep` completions.
  init(_ issuer: CredentialIssuer, privateKey: P256.Signing.PrivateKey, keep: Int) {
    self.issuer = issuer
    self.privateKey = privateKey
    self.keep = keep
    checkpoints = RecordingCheckpointSigner(issuer.checkpointSigner)
  }

  var checkpointSigner: any CheckpointSigner { checkpoints }

  func certificates(for subject: CertificateSubject) throws -> [NewCertificate] {
    guard let checkpoint = checkpoints.last else { throw BenchmarkError("the ledger signed no checkpoint") }
    if issued.count < keep {
      issued.append((subject, checkpoint))
    } else {
      issued[issuedCount % keep] = (subject, checkpoint)
    }
    issuedCount += 1
    guard let signingInput = previousSigningInput else {
      let (certificates, elapsed) = try timed { try issuer.certificates(for: subject) }
      credentialSeconds.append(elapsed)
      bareSecondsByCompletion.append(0)
      previousSigningInput = try Self.signingInput(of: certificates)
      return certificates
    }
    previousSigningInput = nil
    let bare = try bareSignature(over: signingInput)
    bareSeconds.append(bare)
    bareSecondsByCompletion.append(bare)
    let (certificates, elapsed) = try timed { try issuer.certificates(for: subject) }
    afterBareSeconds.append(elapsed)
    return certificates
  }

  /// The credentials of one of the last completions kept (`index` below how many are), built and
  /// signed again by the same issuer as in its transaction: its checkpoint signed again just before
  /// (not timed), then its credentials built and signed (timed); nothing is stored.
  func issueAgain(_ index: Int) throws -> (seconds: Double, signingInput: [UInt8]) {
    var subject = issued[index].subject
    subject.checkpoint = try checkpoints.sign(issued[index].checkpoint)
    let (certificates, elapsed) = try timed { try issuer.certificates(for: subject) }
    return (elapsed, try Self.signingInput(of: certificates))
  }

  /// The seconds of one bare signature over `signingInput` with the issuer's private key, made with the
  /// swift-crypto calls the signer makes (SHA-256 through the hasher's buffer call, then the digest
  /// signed), so the floor runs the code the checkpoint's signature has just run, as the credential's does.
  func bareSignature(over signingInput: [UInt8]) throws -> Double {
    try timed {
      var hasher = SHA256()
      signingInput.withUnsafeBytes { hasher.update(bufferPointer: $0) }
      _ = try privateKey.signature(for: hasher.finalize())
    }.1
  }

  /// What the first credential's signature signs: its token up to the last `.`.
  private static func signingInput(of certificates: [NewCertificate]) throws -> [UInt8] {
    guard let token = certificates.first?.token.utf8, let dot = token.lastIndex(of: UInt8(ascii: ".")) else {
      throw BenchmarkError("the issuer signed no credential")
    }
    return Array(token[..<dot])
  }
}

/// Signs checkpoints with another signer and keeps the last checkpoint it signed.
final class RecordingCheckpointSigner: CheckpointSigner, @unchecked Sendable {
  private let signer: any CheckpointSigner
  /// The last checkpoint signed (the benchmark is single-threaded).
  private(set) var last: Checkpoint?

  init(_ signer: any CheckpointSigner) {
    self.signer = signer
  }

  var keyID: String { signer.keyID }

  func sign(_ checkpoint: Checkpoint) throws -> String {
    last = checkpoint
    return try signer.sign(checkpoint)
  }
}
