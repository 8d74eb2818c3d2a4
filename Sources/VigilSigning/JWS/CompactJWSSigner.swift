import Crypto

/// Signs compact JWS (``CompactJWS``) of one `typ` with one key, its protected header encoded once: a
/// provider signs every credential with the same header, so each token costs the payload's encoding and
/// the signature alone.
public struct CompactJWSSigner: Sendable {
  /// The key that signs.
  public let key: SigningKey
  /// `base64url(header) "."`, the start of every token.
  private let encodedHeader: [UInt8]

  /// A signer with `key` whose header is `{"alg":"ES256","kid":…,"typ":…}` (without `typ` when `type`
  /// is nil).
  ///
  /// - Throws: ``SigningError/Code/crypto`` when the header cannot be written (please report it).
  public init(key: SigningKey, type: String?) throws(SigningError) {
    self.key = key
    var encodedHeader: [UInt8] = []
    Base64URL.append(try JWSHeader.canonicalBytes(keyID: key.keyID, type: type), to: &encodedHeader)
    encodedHeader.append(UInt8(ascii: "."))
    self.encodedHeader = encodedHeader
  }

  /// Signs `payload`: `header.payload.signature`, each part base64url without padding, built in one
  /// buffer.
  ///
  /// - Throws: ``SigningError/Code/crypto`` when the key cannot sign (please report it).
  public func sign(payload: [UInt8]) throws(SigningError) -> String {
    var token: [UInt8] = []
    token.reserveCapacity(
      encodedHeader.count + Base64URL.encodedCount(payload.count) + 1 + CompactJWS.signatureCharacters)
    token.append(contentsOf: encodedHeader)
    Base64URL.append(payload, to: &token)
    let signature: P256.Signing.ECDSASignature
    do {
      signature = try key.privateKey.signature(for: token)
    } catch {
      throw SigningError(.crypto, "cannot sign with key \(key.keyID) (\(error)); please report it")
    }
    token.append(UInt8(ascii: "."))
    Base64URL.append(signature.rawRepresentation, to: &token)
    return String(decoding: token, as: UTF8.self)
  }
}
