import Crypto
import Foundation
import VigilBase

/// A public P-256 signing key as a JSON Web Key (RFC 7517, RFC 7518 §6.2):
/// `{"alg":"ES256","crv":"P-256","kid":…,"kty":"EC","use":"sig","x":…,"y":…}`.
///
/// Its ``keyID`` is always the RFC 7638 thumbprint: base64url of the SHA-256 of
/// `{"crv":"P-256","kty":"EC","x":…,"y":…}` (those four members, sorted, no white space), so anyone
/// can recompute it from the key and no two keys share one.
public struct JWK: Sendable, Hashable, CustomStringConvertible {
  /// The key for verifying signatures.
  public let publicKey: P256.Signing.PublicKey
  /// The x coordinate, 32 bytes big-endian.
  public let x: [UInt8]
  /// The y coordinate, 32 bytes big-endian.
  public let y: [UInt8]
  /// The RFC 7638 thumbprint, base64url (43 characters).
  public let keyID: String

  /// The JWK of a public key.
  public init(publicKey: P256.Signing.PublicKey) {
    let point = Array(publicKey.x963Representation)
    // x9.63: 0x04 ‖ x ‖ y, 32 bytes each for P-256.
    self.publicKey = publicKey
    x = Array(point[1..<33])
    y = Array(point[33..<65])
    keyID = Self.thumbprint(x: x, y: y)
  }

  /// The RFC 7638 thumbprint of the P-256 point (x, y).
  public static func thumbprint(x: [UInt8], y: [UInt8]) -> String {
    Base64URL.encode(Array(SHA256.hash(data: thumbprintInput(x: x, y: y))))
  }

  /// The bytes RFC 7638 hashes: `{"crv":"P-256","kty":"EC","x":"…","y":"…"}`.
  static func thumbprintInput(x: [UInt8], y: [UInt8]) -> [UInt8] {
    var json = CanonicalJSON()
    json.field("crv", "P-256")
    json.field("kty", "EC")
    json.field("x", Base64URL.encode(x))
    json.field("y", Base64URL.encode(y))
    // Four string members in ascending order: finished() has nothing to refuse.
    return (try? json.finished()) ?? []
  }

  /// The members of the public JWK, and `d` when a private scalar is given (only for the key file).
  func canonical(privateScalar d: [UInt8]? = nil) -> CanonicalJSON {
    var json = CanonicalJSON()
    json.field("alg", "ES256")
    json.field("crv", "P-256")
    if let d { json.field("d", Base64URL.encode(d)) }
    json.field("kid", keyID)
    json.field("kty", "EC")
    json.field("use", "sig")
    json.field("x", Base64URL.encode(x))
    json.field("y", Base64URL.encode(y))
    return json
  }

  /// The public JWK as canonical JSON text.
  public var json: String {
    let bytes = (try? canonical().finished()) ?? []
    return String(decoding: bytes, as: UTF8.self)
  }

  public var description: String { "P-256 key \(keyID)" }

  public static func == (left: JWK, right: JWK) -> Bool { left.x == right.x && left.y == right.y }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(x)
    hasher.combine(y)
  }
}
