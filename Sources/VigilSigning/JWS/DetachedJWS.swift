import VigilBase

/// A detached JWS over an unencoded payload (RFC 7515 Appendix F with RFC 7797 `b64: false`), ES256:
/// the token is `HEADER..SIGNATURE` (the payload part left empty) and the signature covers the ASCII
/// of `HEADER.` followed by the payload's bytes exactly as they are, unencoded.
///
/// That lets a file of any size be signed while it is written and verified by reading it once, with
/// the signature kept beside it (`batch.xml` and `batch.xml.jws`). The header is canonical JSON:
/// `{"alg":"ES256","b64":false,"crit":["b64"],"kid":…,"typ":…}`. Any JOSE library that implements
/// RFC 7797 verifies it given the file's bytes as the detached payload; so does hashing
/// `HEADER.` ‖ bytes with SHA-256 and checking the ECDSA P-256 signature (r ‖ s) over that digest.
public enum DetachedJWS {
  /// The longest detached token Vigil reads, in bytes.
  public static let maximumTokenBytes = 4096

  /// The canonical protected header for a key and type.
  static func header(keyID: String, type: String) throws(SigningError) -> [UInt8] {
    var json = CanonicalJSON()
    json.field("alg", CompactJWS.algorithm)
    json.field("b64", false)
    json.field("crit", strings: ["b64"])
    json.field("kid", keyID)
    json.field("typ", type)
    do {
      return try json.finished()
    } catch {
      throw SigningError(.crypto, "cannot write a detached signature's header (\(error)); please report it")
    }
  }

  /// Reads a detached token's header strictly: a JSON object with exactly `alg` ES256, `b64` false,
  /// `crit` `["b64"]`, a string `kid` and the expected `typ`, nothing else.
  static func parseHeader(_ bytes: [UInt8], expectedType: String) throws(SigningError) -> JWSHeader {
    func malformed(_ reason: String) -> SigningError {
      SigningError(.malformedToken, "the detached signature's header \(reason)")
    }
    let value: JSONValue
    do {
      value = try StrictJSONParser.parse(bytes)
    } catch {
      throw malformed("is not JSON: \(error.reason)")
    }
    guard case .object(let object) = value else { throw malformed("is \(value.kindName), not a JSON object") }
    guard case .string(let alg)? = object["alg"] else { throw malformed("has no string \"alg\"") }
    guard alg == CompactJWS.algorithm else {
      throw SigningError(
        .unsupportedAlgorithm, "the detached signature's algorithm \(Echo.quoted(alg)) is not ES256, the only one Vigil accepts")
    }
    guard object["b64"] == .bool(false), object["crit"] == .array([.string("b64")]) else {
      throw malformed("is not an unencoded-payload header (it needs \"b64\": false and \"crit\": [\"b64\"], RFC 7797)")
    }
    guard case .string(let kid)? = object["kid"], !kid.isEmpty else { throw malformed("names no key (\"kid\")") }
    guard case .string(let typ)? = object["typ"] else { throw malformed("has no string \"typ\"") }
    guard typ == expectedType else {
      throw SigningError(
        .wrongType, "the detached signature is of type \(Echo.quoted(typ)), not \(Echo.quoted(expectedType)) as expected")
    }
    let known: Set<String> = ["alg", "b64", "crit", "kid", "typ"]
    if let extra = object.names.first(where: { !known.contains($0) }) {
      throw malformed("has a member \(Echo.quoted(extra)) Vigil does not write")
    }
    return JWSHeader(algorithm: alg, keyID: kid, type: typ)
  }
}
