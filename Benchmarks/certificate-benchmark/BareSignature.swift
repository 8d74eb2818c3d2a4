import BenchmarkSupport
import Crypto

/// The floor certificates' verification is measured against: one bare ES256 verification with
/// swift-crypto over the same bytes a certificate signs, with nothing around it (the signing floor is
/// TimingIssuer's, timed where the credential is).
struct BareSignature {
  private let key = P256.Signing.PrivateKey()
  private let message: [UInt8]

  /// Verifies signatures over `message` (a certificate's JWS signing input).
  init(message: [UInt8]) {
    self.message = message
  }

  /// The seconds of each of `count` verifications of one signature.
  func verifying(_ count: Int) throws -> [Double] {
    let signature = try key.signature(for: message)
    let publicKey = key.publicKey
    return try (0..<count).map { _ in
      let (valid, elapsed) = timed { publicKey.isValidSignature(signature, for: message) }
      guard valid else { throw BenchmarkError("the bare signature does not verify") }
      return elapsed
    }
  }
}
