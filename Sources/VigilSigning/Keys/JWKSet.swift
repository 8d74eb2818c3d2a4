import VigilBase

/// A JSON Web Key Set (RFC 7517 §5) of public P-256 keys: `{"keys":[…]}`, what a provider publishes
/// and a verifier checks signatures against.
///
/// Vigil writes the current signing key first, then the retired ones (newest first), each as a
/// ``JWK``. Reading is strict: the text must be a JSON object with a `keys` array of EC P-256 keys,
/// each `kid` the key's RFC 7638 thumbprint, no key twice and no private key material.
public struct JWKSet: Sendable, Hashable {
  /// The most bytes of a key set Vigil reads.
  public static let maximumBytes = 1 << 20
  /// The most keys a set may hold.
  public static let maximumKeys = 1000

  /// The keys, in order; each key at most once.
  public let keys: [JWK]

  /// A set of keys in the order given; a key given twice is kept once, where it first appears.
  public init(keys: [JWK]) {
    var seen: Set<String> = []
    self.keys = keys.filter { seen.insert($0.keyID).inserted }
  }

  /// Reads a public key set from its JSON text.
  ///
  /// - Throws: ``SigningError/Code/malformedKeySet`` naming what is wrong.
  public init(json bytes: [UInt8]) throws(SigningError) {
    let parsed = try Self.parse(bytes, allowPrivate: false)
    self.init(keys: parsed.map(\.key))
  }

  /// Reads a key set a provider published (`vigil keys export`), which holds at least one key: the set
  /// a board trusts or a verifier is given.
  ///
  /// - Throws: ``SigningError/Code/malformedKeySet`` naming what is wrong, or saying the set holds no keys.
  public init(published bytes: [UInt8]) throws(SigningError) {
    try self.init(json: bytes)
    guard !keys.isEmpty else { throw SigningError(.malformedKeySet, "the key set holds no keys") }
  }

  /// Reads a public key set from its JSON text.
  public init(json text: String) throws(SigningError) {
    try self.init(json: Array(text.utf8))
  }

  /// The key with this `kid`, if the set holds it.
  public func key(withID keyID: String) -> JWK? {
    keys.first { $0.keyID == keyID }
  }

  /// The set as canonical JSON (RFC 8785): `{"keys":[{"alg":"ES256","crv":"P-256",…}]}`.
  public var jsonBytes: [UInt8] {
    var json = CanonicalJSON()
    json.field("keys", objects: keys.map { $0.canonical() })
    return (try? json.finished()) ?? []
  }

  /// The set as canonical JSON text.
  public var json: String { String(decoding: jsonBytes, as: UTF8.self) }

  /// Parses a set's keys, with their private scalars when `allowPrivate` (the key file).
  static func parse(
    _ bytes: [UInt8], allowPrivate: Bool
  ) throws(SigningError) -> [(key: JWK, privateScalar: [UInt8]?)] {
    func fail(_ reason: String) -> SigningError { SigningError(.malformedKeySet, "the key set \(reason)") }
    guard bytes.count <= maximumBytes else { throw fail("is \(bytes.count) bytes, more than the \(maximumBytes) Vigil reads") }
    let value: JSONValue
    do {
      value = try StrictJSONParser.parse(bytes)
    } catch {
      throw fail("is not JSON: \(error.reason)")
    }
    guard case .object(let object) = value else { throw fail("is \(value.kindName), not a JSON object with \"keys\"") }
    guard let member = object["keys"] else { throw fail("has no \"keys\" member") }
    guard case .array(let elements) = member else { throw fail("has \"keys\" as \(member.kindName), not an array") }
    guard elements.count <= maximumKeys else { throw fail("holds \(elements.count) keys, more than \(maximumKeys)") }
    var result: [(key: JWK, privateScalar: [UInt8]?)] = []
    var seen: Set<String> = []
    for (index, element) in elements.enumerated() {
      let entry = try JWK.parse(element, position: index + 1, allowPrivate: allowPrivate)
      guard seen.insert(entry.key.keyID).inserted else { throw fail("lists key \(entry.key.keyID) twice") }
      result.append(entry)
    }
    return result
  }
}
