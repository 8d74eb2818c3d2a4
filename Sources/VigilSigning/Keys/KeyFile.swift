import Crypto
import VigilBase

/// The contents of `keys/signing.jwks`: a JWK Set (RFC 7517) in canonical JSON whose first key is
/// the current signing key with its private scalar `d`, followed by the retired public keys, newest
/// first. Exactly one key has `d`.
struct KeyFile: Sendable {
  /// The most bytes a key file may have.
  static let maximumBytes = 1 << 20

  /// The key that signs.
  var current: SigningKey
  /// Keys that signed before, kept so what they signed still verifies, newest first.
  var retired: [JWK]

  /// Every public key: the current one first.
  var publicKeys: JWKSet { JWKSet(keys: [current.publicJWK] + retired) }

  /// The file's bytes.
  func encoded() throws(SigningError) -> [UInt8] {
    var json = CanonicalJSON()
    let keys = [current.publicJWK.canonical(privateScalar: current.privateScalar)] + retired.map { $0.canonical() }
    json.field("keys", objects: keys)
    do {
      return try json.finished() + [0x0A]
    } catch {
      throw SigningError(.crypto, "cannot write the key file (\(error)); please report it")
    }
  }

  /// Reads a key file.
  ///
  /// - Throws: ``SigningError/Code/damagedKeyFile`` naming what is wrong and the file's path.
  static func decode(_ bytes: [UInt8], path: String) throws(SigningError) -> KeyFile {
    func damaged(_ reason: String) -> SigningError {
      SigningError(
        .damagedKeyFile,
        "the key file \(path) is damaged: \(reason); restore it from your own copy (Vigil's ledger backup does not hold it)")
    }
    let entries: [(key: JWK, privateScalar: [UInt8]?)]
    do {
      entries = try JWKSet.parse(bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes, allowPrivate: true)
    } catch {
      throw damaged(error.message)
    }
    let privateEntries = entries.filter { $0.privateScalar != nil }
    guard privateEntries.count == 1, let first = entries.first, let scalar = first.privateScalar else {
      throw damaged("it must hold exactly one private key, listed first (it holds \(privateEntries.count))")
    }
    let privateKey: P256.Signing.PrivateKey
    do {
      privateKey = try P256.Signing.PrivateKey(rawRepresentation: scalar)
    } catch {
      throw damaged("its private key cannot be read")
    }
    return KeyFile(current: SigningKey(privateKey: privateKey), retired: entries.dropFirst().map(\.key))
  }
}
