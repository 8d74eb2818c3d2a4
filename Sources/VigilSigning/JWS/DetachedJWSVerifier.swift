import Crypto
import VigilBase

/// Verifies a ``DetachedJWS`` against the bytes it signed, read once: create it from the token (which
/// checks the header and picks the key), feed the file with ``update(_:)``, then ``verify()``.
public struct DetachedJWSVerifier {
  /// The token's header, read before any payload byte.
  public let header: JWSHeader
  /// The key the header names.
  public let key: JWK
  private let signature: P256.Signing.ECDSASignature
  private var hasher = SHA256()

  /// Reads a detached token and finds its key.
  ///
  /// - Parameters:
  ///   - token: `HEADER..SIGNATURE`, white space around it ignored.
  ///   - keys: The keys the signer may have used.
  ///   - expectedType: The `typ` the header must carry.
  /// - Throws: ``SigningError`` with ``SigningError/Code/malformedToken`` (not three parts, a payload
  ///   part that is not empty, bad base64url, a header that is not the one Vigil writes),
  ///   ``SigningError/Code/unsupportedAlgorithm``, ``SigningError/Code/wrongType``,
  ///   ``SigningError/Code/unknownKey`` or ``SigningError/Code/badSignature`` (not 64 bytes).
  public init(token: String, keys: JWKSet, expectedType: String) throws(SigningError) {
    func malformed(_ reason: String) -> SigningError { SigningError(.malformedToken, "the detached signature \(reason)") }
    let spaces: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
    var bytes = Array(token.utf8)[...]
    while let first = bytes.first, spaces.contains(first) { bytes.removeFirst() }
    while let last = bytes.last, spaces.contains(last) { bytes.removeLast() }
    guard bytes.count <= DetachedJWS.maximumTokenBytes else {
      throw malformed("is \(bytes.count) bytes, more than the \(DetachedJWS.maximumTokenBytes) Vigil reads")
    }
    let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map { Array($0) }
    guard parts.count == 3 else {
      throw malformed("has \(parts.count) part\(parts.count == 1 ? "" : "s") separated by '.', not HEADER..SIGNATURE")
    }
    guard parts[1].isEmpty else { throw malformed("carries a payload; a detached signature leaves it empty (HEADER..SIGNATURE)") }
    guard !parts[0].isEmpty, Base64URL.isAlphabet(parts[0]), let headerBytes = Base64URL.decode(bytes: parts[0]) else {
      throw malformed("has a header that is not base64url")
    }
    header = try DetachedJWS.parseHeader(headerBytes, expectedType: expectedType)
    guard let key = keys.key(withID: header.keyID) else {
      throw SigningError(
        .unknownKey,
        "the batch is signed by a key these keys do not hold (kid \(Echo.quoted(header.keyID))); "
          + "trust the provider's current JWK Set first")
    }
    self.key = key
    guard parts[2].count == 86, Base64URL.isAlphabet(parts[2]), let raw = Base64URL.decode(bytes: parts[2]),
      let signature = try? P256.Signing.ECDSASignature(rawRepresentation: raw)
    else {
      throw SigningError(.badSignature, "the detached signature is not the 64 bytes (r‖s) of ES256")
    }
    self.signature = signature
    hasher.update(data: parts[0] + [UInt8(ascii: ".")])
  }

  /// Adds the next bytes of the signed file.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    hasher.update(bufferPointer: bytes)
  }

  /// Checks the signature over everything fed.
  ///
  /// - Throws: ``SigningError/Code/badSignature`` when the bytes are not the ones signed.
  public func verify() throws(SigningError) {
    guard key.publicKey.isValidSignature(signature, for: hasher.finalize()) else {
      throw SigningError(
        .badSignature,
        "the signature does not verify with key \(key.keyID): the file was changed after it was signed (or is not the signed file)")
    }
  }
}
