import Crypto
import Foundation

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

  /// Signs `payload`: `header.payload.signature`, each part base64url without padding, written
  /// straight into the token's string (no buffer to copy it from).
  ///
  /// - Throws: ``SigningError/Code/crypto`` when the key cannot sign, or makes a signature that is not
  ///   ES256's 64 bytes (please report either).
  public func sign(payload: [UInt8]) throws(SigningError) -> String {
    let signedCount = encodedHeader.count + Base64URL.encodedCount(payload.count)
    var failure: SigningError?
    let token = String(unsafeUninitializedCapacity: signedCount + 1 + CompactJWS.signatureCharacters) { text in
      let start = text.baseAddress!
      var end = encodedHeader.withUnsafeBufferPointer { header in
        start.initialize(from: header.baseAddress!, count: header.count)
        return start + header.count
      }
      end = payload.withUnsafeBufferPointer { Base64URL.write($0, to: end) }
      do throws(SigningError) {
        let signature = try signature(over: UnsafeRawBufferPointer(start: start, count: signedCount))
        end.pointee = UInt8(ascii: ".")
        end = signature.withUnsafeBytes { Base64URL.write($0.assumingMemoryBound(to: UInt8.self), to: end + 1) }
      } catch {
        failure = error
      }
      return end - start
    }
    if let failure { throw failure }
    return token
  }

  /// The ES256 signature of `signingInput`: its raw bytes, which the token's room was made for.
  private func signature(over signingInput: UnsafeRawBufferPointer) throws(SigningError) -> Data {
    let raw: Data
    do {
      // The digest through the hasher's buffer call, not `signature(for:)`'s walk over a DataProtocol.
      var hasher = SHA256()
      hasher.update(bufferPointer: signingInput)
      raw = try key.privateKey.signature(for: hasher.finalize()).rawRepresentation
    } catch {
      throw SigningError(.crypto, "cannot sign with key \(key.keyID) (\(error)); please report it")
    }
    guard Base64URL.encodedCount(raw.count) == CompactJWS.signatureCharacters else {
      throw SigningError(
        .crypto, "key \(key.keyID) made a \(raw.count)-byte signature, not an ES256 one; please report it")
    }
    return raw
  }
}
