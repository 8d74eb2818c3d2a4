import Crypto
import Foundation
import VigilBase

/// JWS compact serialisation (RFC 7515 §7.1) with ES256 (RFC 7518 §3.4): ECDSA P-256 over SHA-256,
/// the signature being the raw 64 bytes r ‖ s (not DER).
///
/// Verification is strict and refuses, each with its own message: a token over ``maximumTokenBytes``;
/// anything but three base64url parts without padding or white space; a header that is not a JSON
/// object; any `alg` but `ES256` (`none`, HS256 made with the public key as the secret…); `crit`; a
/// `kid` the key set does not hold; a `typ` other than the one expected; a signature that does not
/// verify.
public enum CompactJWS {
  /// The one algorithm Vigil signs with and accepts.
  public static let algorithm = "ES256"
  /// The longest token Vigil reads, in bytes.
  public static let maximumTokenBytes = 256 * 1024
  /// The longest encoded header Vigil reads, in bytes.
  public static let maximumHeaderBytes = 4096
  /// An ES256 signature: 64 bytes, 86 base64url characters.
  static let signatureCharacters = 86

  /// Signs `payload` with `key` (see ``SigningKey/sign(payload:type:)``).
  static func sign(payload: [UInt8], type: String?, key: SigningKey) throws(SigningError) -> String {
    try CompactJWSSigner(key: key, type: type).sign(payload: payload)
  }

  /// Verifies a compact JWS against a key set.
  ///
  /// - Parameters:
  ///   - token: The compact serialisation, exactly as received (no surrounding white space).
  ///   - keys: The signer's public keys; the header's `kid` picks one.
  ///   - expectedType: The `typ` the token must carry, or nil to accept any (or none).
  /// - Returns: The header and the payload's bytes.
  /// - Throws: ``SigningError`` with ``SigningError/Code/malformedToken``,
  ///   ``SigningError/Code/unsupportedAlgorithm``, ``SigningError/Code/unknownKey``,
  ///   ``SigningError/Code/wrongType`` or ``SigningError/Code/badSignature``.
  public static func verify(_ token: String, keys: JWKSet, expectedType: String? = nil) throws(SigningError) -> VerifiedJWS {
    let bytes = Array(token.utf8)
    func malformed(_ reason: String) -> SigningError { SigningError(.malformedToken, "the token \(reason)") }
    guard bytes.count <= maximumTokenBytes else {
      throw malformed("is \(bytes.count) bytes, more than the \(maximumTokenBytes) Vigil reads")
    }
    let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map { Array($0) }
    guard parts.count == 3 else {
      throw malformed("has \(parts.count) part\(parts.count == 1 ? "" : "s") separated by '.', not three (header.payload.signature)")
    }
    // The header first, so that an unsigned (`alg: none`) token is refused as such.
    let header = try readHeader(parts[0])
    for (index, name) in [(1, "payload"), (2, "signature")] {
      guard !parts[index].isEmpty else { throw malformed("has an empty \(name) part") }
      guard Base64URL.isAlphabet(parts[index]) else {
        throw malformed("has a \(name) that is not base64url (white space, '=' padding, '+' and '/' are not allowed)")
      }
    }
    guard let payload = Base64URL.decode(bytes: parts[1]) else { throw malformed("has a payload that is not valid base64url") }
    if let expectedType, header.type != expectedType {
      throw SigningError(
        .wrongType,
        "the token is of type \(header.type.map { Echo.quoted($0) } ?? "(none)"), not \(Echo.quoted(expectedType)) as expected")
    }
    guard let key = keys.key(withID: header.keyID) else {
      throw SigningError(
        .unknownKey,
        "the token is signed by a key this set does not hold (kid \(Echo.quoted(header.keyID))); "
          + "get the signer's current JWK Set (`vigil keys export` on the signer's side)")
    }
    guard parts[2].count == signatureCharacters, let signatureBytes = Base64URL.decode(bytes: parts[2]) else {
      throw SigningError(
        .badSignature,
        "the token's signature is not the 64 bytes (r‖s) of ES256 (\(parts[2].count) characters; a DER signature is not valid in JWS)")
    }
    let signingInput = parts[0] + [UInt8(ascii: ".")] + parts[1]
    guard let signature = try? P256.Signing.ECDSASignature(rawRepresentation: signatureBytes),
      key.publicKey.isValidSignature(signature, for: signingInput)
    else {
      throw SigningError(
        .badSignature,
        "the token's signature does not verify with key \(key.keyID): the token was changed after it was signed")
    }
    return VerifiedJWS(header: header, payload: payload)
  }

  /// Decodes and reads the header part.
  private static func readHeader(_ part: [UInt8]) throws(SigningError) -> JWSHeader {
    func malformed(_ reason: String) -> SigningError { SigningError(.malformedToken, "the token \(reason)") }
    guard !part.isEmpty else { throw malformed("has an empty header part") }
    guard Base64URL.isAlphabet(part) else {
      throw malformed("has a header that is not base64url (white space, '=' padding, '+' and '/' are not allowed)")
    }
    guard part.count <= maximumHeaderBytes else {
      throw malformed("has a header of \(part.count) characters, more than the \(maximumHeaderBytes) Vigil reads")
    }
    guard let bytes = Base64URL.decode(bytes: part) else { throw malformed("has a header that is not valid base64url") }
    return try JWSHeader.parse(bytes)
  }
}
