import Crypto
import Foundation

/// A P-256 private key that signs compact JWS with ES256, and its public ``JWK``.
///
/// Its description names only the key id, never the private scalar.
public struct SigningKey: Sendable, CustomStringConvertible {
  let privateKey: P256.Signing.PrivateKey
  /// The public key, as published in the JWK Set.
  public let publicJWK: JWK

  /// Wraps a private key.
  public init(privateKey: P256.Signing.PrivateKey) {
    self.privateKey = privateKey
    publicJWK = JWK(publicKey: privateKey.publicKey)
  }

  /// A new random key (from the system's secure random source); for keys kept in files use
  /// ``SigningKeyStore``.
  public static func generate() -> SigningKey {
    SigningKey(privateKey: P256.Signing.PrivateKey())
  }

  /// The key's RFC 7638 thumbprint, the `kid` of everything it signs.
  public var keyID: String { publicJWK.keyID }

  /// The private scalar, 32 bytes (written only to the key file).
  var privateScalar: [UInt8] { Array(privateKey.rawRepresentation) }

  /// Signs `payload` as a compact JWS whose protected header is `{"alg":"ES256","kid":…,"typ":…}`.
  ///
  /// - Parameters:
  ///   - payload: The bytes to sign (for JSON, canonical bytes from `CanonicalJSON`).
  ///   - type: The header's `typ`, e.g. `JWT` or ``Checkpoint/tokenType``; nil leaves it out.
  /// - Returns: `header.payload.signature`, each part base64url without padding.
  public func sign(payload: [UInt8], type: String?) throws(SigningError) -> String {
    try CompactJWS.sign(payload: payload, type: type, key: self)
  }

  public var description: String { "signing key \(keyID)" }
}
