import VigilBase
import VigilSigning

/// A provider's revocation list: a W3C Bitstring Status List v1.0 `BitstringStatusListCredential`,
/// secured as a VC-JWT (ES256, `typ` `JWT`) with the provider's key, which the provider hosts at the URL
/// its certificates' `credentialStatus.statusListCredential` names.
///
/// The claims, in canonical JSON: `@context` (the VC 2.0 context), `credentialSubject` (`encodedList`,
/// `id` = the URL and `#list`, `statusPurpose` `revocation`, `type` `BitstringStatusList`), `id` = `jti`
/// (the URL), `iss` = `issuer` (`urn:uuid:<ledger id>`, the certificates' issuer), `nbf` = `validFrom`
/// (when it was made), and `type` (`VerifiableCredential`, `BitstringStatusListCredential`).
public struct StatusList: Sendable, Hashable {
  /// `type`.
  public static let types = ["VerifiableCredential", "BitstringStatusListCredential"]

  /// The list's URL (`id`).
  public var url: String
  /// The issuer, `urn:uuid:<ledger id>`.
  public var issuerID: String
  /// When the list was made, seconds since 1970.
  public var validFrom: Int64
  /// The revoked bits.
  public var bits: RevocationBitstring

  /// A list.
  public init(url: String, issuerID: String, validFrom: Int64, bits: RevocationBitstring) {
    self.url = url
    self.issuerID = issuerID
    self.validFrom = validFrom
    self.bits = bits
  }

  /// The claims: the JWS payload's bytes.
  public func claims() throws(CredentialError) -> [UInt8] {
    var subject = CanonicalJSON()
    subject.field("encodedList", try bits.encoded())
    subject.field("id", url + "#list")
    subject.field("statusPurpose", StatusListEntry.purpose)
    subject.field("type", "BitstringStatusList")
    var json = CanonicalJSON()
    json.field("@context", strings: [OpenBadgeCredential.contexts[0]])
    json.field("credentialSubject", object: subject)
    json.field("id", url)
    json.field("iss", issuerID)
    json.field("issuer", issuerID)
    json.field("jti", url)
    json.field("nbf", validFrom)
    json.field("type", strings: Self.types)
    json.field("validFrom", InstantText.format(validFrom))
    do {
      return try json.finished()
    } catch {
      throw CredentialError(.cannotIssue, "the status list cannot be written canonically (\(error)); please report it")
    }
  }

  /// The list signed with the provider's key: the compact JWS to host.
  public func signed(with key: SigningKey) throws -> String {
    try key.sign(payload: try claims(), type: OpenBadgeCredential.tokenType)
  }

  /// Verifies a hosted list with the provider's keys and reads it.
  ///
  /// - Throws: ``CredentialError/Code/malformedStatusList`` (not a signed revocation
  ///   BitstringStatusListCredential, or a changed byte: its signature does not verify) or
  ///   ``CredentialError/Code/unknownKey`` (signed by a key the set does not hold).
  public init(token: String, keys: JWKSet) throws(CredentialError) {
    func fail(_ reason: String) -> CredentialError {
      CredentialError(.malformedStatusList, "the status list is refused: \(reason)")
    }
    let verified: VerifiedJWS
    do {
      verified = try CompactJWS.verify(token, keys: keys, expectedType: OpenBadgeCredential.tokenType)
    } catch {
      throw error.code == .unknownKey
        ? CredentialError(.unknownKey, "the status list is refused: \(error.message)") : fail(error.message)
    }
    let object: JSONObject
    do {
      guard case .object(let parsed) = try StrictJSONParser.parse(verified.payload) else { throw fail("not an object") }
      object = parsed
    } catch {
      throw fail("its payload is not a JSON object")
    }
    let claims = ClaimsObject(object: object, path: "")
    guard try claims.strings("@context").first == OpenBadgeCredential.contexts[0],
      try Set(claims.strings("type")).isSuperset(of: Self.types)
    else { throw fail("it is not a VC 2.0 BitstringStatusListCredential") }
    let subject = try claims.object("credentialSubject")
    guard try subject.string("type") == "BitstringStatusList",
      try subject.string("statusPurpose") == StatusListEntry.purpose
    else { throw fail("its credentialSubject is not a BitstringStatusList for revocation") }
    let url = try claims.string("id")
    let issuer = try claims.string("issuer")
    guard try claims.string("jti") == url, try claims.string("iss") == issuer else {
      throw fail("jti is not its id, or iss not its issuer")
    }
    self.init(
      url: url, issuerID: issuer, validFrom: try claims.integer("nbf"),
      bits: try RevocationBitstring(encoded: try subject.string("encodedList")))
  }
}
