import Crypto
import Foundation
import VigilBase

extension JWK {
  /// Members that hold private key material in some key type; never in a public set.
  private static let privateMembers = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"]

  /// Reads one JWK of a set: an EC P-256 key whose `kid` is its thumbprint, and its private scalar `d`
  /// when `allowPrivate` is true and the key has one.
  ///
  /// Members this reader does not know are ignored, as RFC 7517 says; a `d` in a public set is refused.
  static func parse(
    _ value: JSONValue, position: Int, allowPrivate: Bool
  ) throws(SigningError) -> (key: JWK, privateScalar: [UInt8]?) {
    let name = "key \(position)"
    func fail(_ reason: String) -> SigningError { SigningError(.malformedKeySet, "\(name) of the key set \(reason)") }
    guard case .object(let object) = value else { throw fail("is \(value.kindName), not a JSON object") }
    func string(_ member: String, required: Bool) throws(SigningError) -> String? {
      switch object[member] {
      case nil:
        if required { throw fail("has no \"\(member)\"") }
        return nil
      case .string(let text)?: return text
      case let other?: throw fail("has \"\(member)\" as \(other.kindName), not a string")
      }
    }
    let kty = try string("kty", required: true) ?? ""
    guard kty == "EC" else { throw fail("is not an elliptic-curve key (kty \(Echo.quoted(kty))); Vigil's keys are EC P-256") }
    let crv = try string("crv", required: true) ?? ""
    guard crv == "P-256" else { throw fail("is on curve \(Echo.quoted(crv)), not P-256") }
    if let alg = try string("alg", required: false), alg != "ES256" {
      throw fail("is for algorithm \(Echo.quoted(alg)), not ES256")
    }
    if let use = try string("use", required: false), use != "sig" {
      throw fail("is for use \(Echo.quoted(use)), not sig (signatures)")
    }
    func coordinate(_ member: String) throws(SigningError) -> [UInt8] {
      let text = try string(member, required: true) ?? ""
      guard let bytes = Base64URL.decode(text), bytes.count == 32 else {
        throw fail("has \"\(member)\" that is not 32 bytes of base64url without padding")
      }
      return bytes
    }
    let x = try coordinate("x")
    let y = try coordinate("y")
    let publicKey: P256.Signing.PublicKey
    do {
      publicKey = try P256.Signing.PublicKey(x963Representation: [0x04] + x + y)
    } catch {
      throw fail("is not a point on the P-256 curve")
    }
    let key = JWK(publicKey: publicKey)
    let kid = try string("kid", required: true) ?? ""
    guard kid == key.keyID else { throw fail("has kid \(Echo.quoted(kid)), not its RFC 7638 thumbprint \(key.keyID)") }
    var scalar: [UInt8]? = nil
    if allowPrivate, let d = try string("d", required: false) {
      guard let bytes = Base64URL.decode(d), bytes.count == 32,
        let privateKey = try? P256.Signing.PrivateKey(rawRepresentation: bytes),
        JWK(publicKey: privateKey.publicKey) == key
      else { throw fail("has a private scalar \"d\" that does not belong to its public key") }
      scalar = bytes
    }
    if !allowPrivate, let member = privateMembers.first(where: { object[$0] != nil }) {
      throw fail("holds private key material (\"\(member)\"); a published key set must hold public keys only")
    }
    return (key, scalar)
  }
}
