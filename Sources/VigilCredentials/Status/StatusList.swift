import VigilBase
import VigilSigning

/// A provider's revocation list: a W3C Bitstring Status List v1.0 `BitstringStatusListCredential`,
/// secured as a VC-JWT (ES256, `typ` `JWT`) with the provider's key, which the provider hosts at the URL
/// its certificates' `credentialStatus.statusListCredential` names.
///
/// The claims, in canonical JSON: `@context` (the VC 2.0 context), `credentialSubject` (`encodedList`,
/// `id` = the URL and `#list`, `statusPurpose` `revocation`, `type` `BitstringStatusList`), `id` = `jti`
/// (the URL), `iss` = `issuer` (`urn:uuid:<ledger id>`, the certificates' issuer), `nbf` = `validFrom`
/// (when it was made), and `type` (`VerifiableCredential`, `BitstringStatusListCredential`). When some of
/// the set bits are certificates superseded by a re-issue (not revoked), `vigil.superseded` lists them:
/// `statusListIndex` (a decimal string) and `supersededBy` (the number of the certificate that replaces
/// it), by index, so a verifier holding only the list can say which certificate to ask for instead.
public struct StatusList: Sendable, Hashable {
  /// `type`.
  public static let types = ["VerifiableCredential", "BitstringStatusListCredential"]

  /// The list's URL (`id`).
  public var url: String
  /// The issuer, `urn:uuid:<ledger id>`.
  public var issuerID: String
  /// When the list was made, seconds since 1970.
  public var validFrom: Int64
  /// The revoked bits: a certificate revoked, or superseded by a re-issue.
  public var bits: RevocationBitstring
  /// The superseded certificates among the set bits: each index with the number of the certificate
  /// that replaces it.
  public var successors: [Int: String]

  /// A list.
  public init(
    url: String, issuerID: String, validFrom: Int64, bits: RevocationBitstring, successors: [Int: String] = [:]
  ) {
    self.url = url
    self.issuerID = issuerID
    self.validFrom = validFrom
    self.bits = bits
    self.successors = successors
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
    if !successors.isEmpty {
      var vigil = CanonicalJSON()
      vigil.field(
        "superseded",
        objects: successors.sorted { $0.key < $1.key }.map { index, number in
          var entry = CanonicalJSON()
          entry.field("statusListIndex", String(index))
          entry.field("supersededBy", number)
          return entry
        })
      json.field("vigil", object: vigil)
    }
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

  /// Verifies a hosted list with the provider's keys and reads it (``init(payload:)``).
  ///
  /// - Throws: ``CredentialError/Code/malformedStatusList`` (not a signed revocation
  ///   BitstringStatusListCredential, or a changed byte: its signature does not verify) or
  ///   ``CredentialError/Code/unknownKey`` (signed by a key the set does not hold).
  public init(token: String, keys: JWKSet) throws(CredentialError) {
    let verified: VerifiedJWS
    do {
      verified = try CompactJWS.verify(token, keys: keys, expectedType: OpenBadgeCredential.tokenType)
    } catch {
      throw error.code == .unknownKey
        ? CredentialError(.unknownKey, "the status list is refused: \(error.message)")
        : CredentialError(.malformedStatusList, "the status list is refused: \(error.message)")
    }
    try self.init(payload: verified.payload)
  }

  /// Reads a list's claims (the payload of a token whose signature was verified).
  ///
  /// - Throws: ``CredentialError/Code/malformedStatusList`` naming what is missing or wrong: not a JSON
  ///   object, not a VC 2.0 BitstringStatusListCredential for revocation, `jti` or `iss` disagreeing,
  ///   `validFrom` not a UTC date and time equal to `nbf`, an
  ///   `encodedList` that does not decode, or a `vigil.superseded` entry that is not a set bit with a
  ///   certificate number.
  public init(payload: [UInt8]) throws(CredentialError) {
    func fail(_ reason: String) -> CredentialError {
      CredentialError(.malformedStatusList, "the status list is refused: \(reason)")
    }
    let object: JSONObject
    do {
      guard case .object(let parsed) = try StrictJSONParser.parse(payload) else { throw fail("not an object") }
      object = parsed
    } catch {
      throw fail("its payload is not a JSON object")
    }
    do throws(CredentialError) {
      let claims = ClaimsObject(object: object, path: "", owner: "status list")
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
      let validFromText = try claims.string("validFrom")
      guard let validFrom = InstantText.parse(validFromText), try claims.integer("nbf") == validFrom else {
        throw fail("its validFrom \(Echo.quoted(validFromText)) is not a UTC date and time equal to nbf")
      }
      let bits = try RevocationBitstring(encoded: try subject.string("encodedList"))
      var successors: [Int: String] = [:]
      for entry in try claims.optionalObject("vigil")?.objects("superseded") ?? [] {
        let text = try entry.string("statusListIndex")
        guard text.utf8.allSatisfy({ (48...57).contains($0) }), text.utf8.count <= 6, let index = Int(text),
          bits.isSet(index), successors[index] == nil
        else { throw fail("vigil.superseded names \(Echo.quoted(text)), which is not a set bit of the list, or twice") }
        successors[index] = try CertificateNumber(parsing: try entry.string("supersededBy")).description
      }
      self.init(url: url, issuerID: issuer, validFrom: validFrom, bits: bits, successors: successors)
    } catch {
      throw error.code == .malformedStatusList ? error : fail(error.message)
    }
  }
}
