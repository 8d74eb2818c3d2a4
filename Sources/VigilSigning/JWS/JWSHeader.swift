import VigilBase

/// The protected header of a verified compact JWS: the members Vigil reads.
public struct JWSHeader: Sendable, Hashable {
  /// The algorithm; after verification always `ES256`.
  public let algorithm: String
  /// The `kid` of the key that signed the token.
  public let keyID: String
  /// The `typ`, if the header has one.
  public let type: String?

  /// The canonical header bytes Vigil signs: `{"alg":"ES256","kid":…,"typ":…}`.
  static func canonicalBytes(keyID: String, type: String?) throws(SigningError) -> [UInt8] {
    var json = CanonicalJSON()
    json.field("alg", CompactJWS.algorithm)
    json.field("kid", keyID)
    if let type { json.field("typ", type) }
    do {
      return try json.finished()
    } catch {
      throw SigningError(.crypto, "cannot write a token header (\(error)); please report it")
    }
  }

  /// Reads a header's members strictly: a JSON object, `alg` exactly ES256, a string `kid`, no `crit`.
  static func parse(_ bytes: [UInt8]) throws(SigningError) -> JWSHeader {
    func malformed(_ reason: String) -> SigningError { SigningError(.malformedToken, "the token's header \(reason)") }
    let value: JSONValue
    do {
      value = try StrictJSONParser.parse(bytes)
    } catch {
      throw malformed("is not JSON: \(error.reason)")
    }
    guard case .object(let object) = value else { throw malformed("is \(value.kindName), not a JSON object") }
    guard let algValue = object["alg"] else { throw malformed("has no \"alg\"; Vigil accepts only ES256 tokens") }
    guard case .string(let alg) = algValue else { throw malformed("has \"alg\" as \(algValue.kindName), not a string") }
    guard alg == CompactJWS.algorithm else { throw refusal(of: alg) }
    if object["crit"] != nil {
      throw malformed("lists critical extensions (\"crit\"), which Vigil does not implement; it refuses the token")
    }
    guard let kidValue = object["kid"] else { throw malformed("names no key (\"kid\"); Vigil's tokens always do") }
    guard case .string(let kid) = kidValue, !kid.isEmpty else { throw malformed("has a \"kid\" that is not a non-empty string") }
    var type: String? = nil
    if let typValue = object["typ"] {
      guard case .string(let typ) = typValue else { throw malformed("has \"typ\" as \(typValue.kindName), not a string") }
      type = typ
    }
    return JWSHeader(algorithm: alg, keyID: kid, type: type)
  }

  /// Why a token with this `alg` is refused, in words.
  private static func refusal(of alg: String) -> SigningError {
    let quoted = Echo.quoted(alg)
    if alg.lowercased() == "none" {
      return SigningError(
        .unsupportedAlgorithm, "the token is unsigned (alg \(quoted)); Vigil accepts only ES256 signatures")
    }
    if alg.uppercased().hasPrefix("HS") {
      return SigningError(
        .unsupportedAlgorithm,
        "the token claims alg \(quoted), a shared-secret MAC that anyone holding the public key could make; "
          + "Vigil accepts only ES256 signatures")
    }
    return SigningError(.unsupportedAlgorithm, "the token's algorithm \(quoted) is not ES256, the only one Vigil accepts")
  }
}
