import Crypto

/// Signs bytes as they are written, for a ``DetachedJWS``: feed every byte of the file in order with
/// ``update(_:)``, then ``finish()`` gives the token to store beside it.
public struct DetachedJWSSigner {
  private let key: SigningKey
  private var hasher = SHA256()

  /// Starts a signature with `key`, its header naming `type` (e.g. `vigil-batch+jws`).
  public init(key: SigningKey, type: String) throws(SigningError) {
    self.key = key
    encodedHeader = Base64URL.encode(try DetachedJWS.header(keyID: key.keyID, type: type))
    hasher.update(data: Array((encodedHeader + ".").utf8))
  }

  /// The base64url of the protected header.
  private let encodedHeader: String

  /// Adds the next bytes of the payload.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    hasher.update(bufferPointer: bytes)
  }

  /// The token: `HEADER..SIGNATURE`.
  public func finish() throws(SigningError) -> String {
    let signature: P256.Signing.ECDSASignature
    do {
      signature = try key.privateKey.signature(for: hasher.finalize())
    } catch {
      throw SigningError(.crypto, "cannot sign with key \(key.keyID) (\(error)); please report it")
    }
    return encodedHeader + ".." + Base64URL.encode(signature.rawRepresentation)
  }
}
