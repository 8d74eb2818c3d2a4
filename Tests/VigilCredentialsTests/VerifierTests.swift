import Crypto
import Foundation
import Testing
import VigilCredentials
import VigilLedger
import VigilSigning
import VigilTestSupport

/// `CertificateVerifier` against real certificates and every way of forging or breaking one.
@Suite struct VerifierTests {
  /// A real certificate, its ledger and the key that signed it.
  private struct Issued {
    let directory = TemporaryDirectory()
    let ledger: Ledger
    let token: String
    let key: SigningKey
    var keys: JWKSet { JWKSet(keys: [key.publicJWK]) }

    init() throws {
      let (ledger, certificates, key) = try CredentialFixture.issued(in: directory)
      self.ledger = ledger
      token = try #require(certificates.first).token
      self.key = key
    }

    func verifier(
      ledger: Ledger? = nil, keys: JWKSet? = nil, now: Int64 = CredentialFixture.later
    ) -> CertificateVerifier {
      CertificateVerifier(keys: keys ?? self.keys, ledger: ledger, now: now)
    }

    /// The claims as a mutable JSON object.
    func claims() throws -> [String: Any] {
      let payload = try #require(Base64URL.decode(token.split(separator: ".")[1]))
      return try #require(try JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any])
    }

    /// `claims` signed as a certificate with `key`.
    func signed(_ claims: [String: Any], with key: SigningKey? = nil) throws -> String {
      let bytes = try JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys, .withoutEscapingSlashes])
      return try (key ?? self.key).sign(payload: Array(bytes), type: "JWT")
    }
  }

  @Test func aRealCertificateVerifies() throws {
    let issued = try Issued()
    let verdict = try issued.verifier(ledger: issued.ledger).verify(issued.token)
    #expect(verdict.keyID == issued.key.keyID && verdict.keyID == "6UoWwDCkLjV0J-pQG8c0THxbVhBcpR0AZDift1Yl5DM")
    #expect(verdict.ledger == .holds(path: issued.ledger.path))
    #expect(try issued.verifier().verify(issued.token).ledger == .noLedger)
  }

  /// Every byte of the token changed, one at a time: none verifies.
  @Test func everySingleByteChangeFails() throws {
    let issued = try Issued()
    let verifier = issued.verifier()
    let bytes = Array(issued.token.utf8)
    var accepted: [Int] = []
    for position in bytes.indices {
      var changed = bytes
      changed[position] ^= 0x01
      if (try? verifier.verify(String(decoding: changed, as: UTF8.self))) != nil { accepted.append(position) }
    }
    #expect(accepted.isEmpty, "changed bytes that still verify: \(accepted)")
    #expect(bytes.count > 2000)
  }

  @Test func anotherKeyFailsAndSaysSo() throws {
    let issued = try Issued()
    let other = JWKSet(keys: [SigningKey.generate().publicJWK])
    CredentialFixture.expectError(.unknownKey, containing: "signed by a key this set does not hold") {
      try issued.verifier(keys: other).verify(issued.token)
    }
    // The same claims signed by another key verify only with that key's set, and then the checkpoint
    // (signed by the provider's key) gives it away.
    let forger = SigningKey.generate()
    let forged = try issued.signed(try issued.claims(), with: forger)
    CredentialFixture.expectError(.unknownKey, containing: "does not hold") { try issued.verifier().verify(forged) }
    CredentialFixture.expectError(.unknownKey, containing: "does not hold") {
      try issued.verifier(keys: JWKSet(keys: [forger.publicJWK])).verify(forged)
    }
    CredentialFixture.expectError(.inconsistentClaims, containing: "the ledger checkpoint it carries by key") {
      try issued.verifier(keys: JWKSet(keys: [forger.publicJWK, issued.key.publicJWK])).verify(forged)
    }
  }

  @Test func malformedTokensFailCleanly() throws {
    let issued = try Issued()
    let verifier = issued.verifier()
    let parts = issued.token.split(separator: ".").map(String.init)
    func part(_ text: String) -> String { Base64URL.encode(Array(text.utf8)) }
    let header = part(#"{"alg":"ES256","kid":"\#(issued.key.keyID)","typ":"JWT"}"#)
    CredentialFixture.expectError(.malformedToken, containing: "has 2 parts") {
      try verifier.verify(parts[0] + "." + parts[1])
    }
    CredentialFixture.expectError(.malformedToken, containing: "has 4 parts") {
      try verifier.verify(issued.token + ".x")
    }
    CredentialFixture.expectError(.malformedToken, containing: "not base64url") {
      try verifier.verify(parts[0] + ".%%%." + parts[2])
    }
    CredentialFixture.expectError(.malformedToken, containing: "not base64url") {
      try verifier.verify(" " + issued.token)
    }
    CredentialFixture.expectError(.malformedToken, containing: "header is not JSON") {
      try verifier.verify(part("not json") + "." + parts[1] + "." + parts[2])
    }
    CredentialFixture.expectError(.malformedToken, containing: "is an array, not a JSON object") {
      try verifier.verify(try issued.key.sign(payload: Array("[1,2]".utf8), type: "JWT"))
    }
    CredentialFixture.expectError(.malformedToken, containing: "payload is not JSON") {
      try verifier.verify(try issued.key.sign(payload: Array("certificate".utf8), type: "JWT"))
    }
    CredentialFixture.expectError(.unsupportedAlgorithm, containing: "unsigned") {
      try verifier.verify(part(#"{"alg":"none","typ":"JWT"}"#) + "." + parts[1] + ".")
    }
    // HS256 whose secret is the public key, which every verifier has: refused for its algorithm.
    let hsHeader = part(#"{"alg":"HS256","kid":"\#(issued.key.keyID)","typ":"JWT"}"#)
    let mac = HMAC<SHA256>.authenticationCode(
      for: Array((hsHeader + "." + parts[1]).utf8), using: SymmetricKey(data: Array(issued.key.publicJWK.json.utf8)))
    CredentialFixture.expectError(.unsupportedAlgorithm, containing: "shared-secret MAC") {
      try verifier.verify(hsHeader + "." + parts[1] + "." + Base64URL.encode(Array(mac)))
    }
    // A signed checkpoint is not a certificate.
    let claims = try CredentialClaims(storedToken: issued.token)
    CredentialFixture.expectError(.malformedToken, containing: "not 'JWT' as expected") {
      try verifier.verify(claims.checkpoint)
    }
    CredentialFixture.expectError(.badSignature, containing: "was changed after it was signed") {
      try verifier.verify(
        header + "." + parts[1] + "." + parts[2].replacingOccurrences(of: parts[2].prefix(2), with: "AA"))
    }
  }

  /// Claims signed with the right key that do not agree with each other are refused, naming what.
  @Test(
    arguments: [
      ("iss", "urn:uuid:00000000-0000-4000-8000-000000000000", "iss is not issuer.id"),
      ("jti", "urn:uuid:00000000-0000-4000-8000-000000000000", "jti is not the credential's id"),
      ("sub", "urn:uuid:00000000-0000-4000-8000-000000000000", "sub is not credentialSubject.id"),
      ("nbf", 1_801_445_401, "nbf is not validFrom"),
      ("validFrom", "2027-02-01T01:30:00+00:00", "is not a UTC date and time"),
      ("name", "SAMPLE: Sample Minimal Course", "a name says SAMPLE but vigil.sample is false"),
      ("validUntil", "2030-01-01T00:00:00Z", "it has an expiry"),
    ] as [(String, any Sendable, String)])
  func claimsThatDisagreeAreRefused(member: String, value: any Sendable, reason: String) throws {
    let issued = try Issued()
    var claims = try issued.claims()
    claims[member] = value
    CredentialFixture.expectError(.inconsistentClaims, containing: reason) {
      try issued.verifier().verify(try issued.signed(claims))
    }
  }

  /// fuzz-certificate-token's finding: a signed certificate whose `vigil.certificateNumber` (or
  /// `supersedes`) fails its check character was refused as a malformed number, which `verify` reports
  /// as a usage error (exit 2); it is a certificate that does not verify (exit 1).
  @Test(arguments: [("certificateNumber", "VC-0000-0000-0001"), ("supersedes", "VC-GVAT-6Z48-GNAF")])
  func aNumberThatFailsItsCheckIsACertificateThatDoesNotVerify(member: String, number: String) throws {
    let issued = try Issued()
    var claims = try issued.claims()
    var vigil = try #require(claims["vigil"] as? [String: Any])
    vigil[member] = number
    claims["vigil"] = vigil
    let token = try issued.signed(claims)
    do {
      _ = try issued.verifier().verify(token)
      Issue.record("a certificate with \(member) \(number) verified")
    } catch {
      #expect(error.code == .inconsistentClaims && error.isVerificationFailure, "\(error.codeName)")
      #expect(error.message.contains("vigil.\(member): '\(number)' is not a certificate number"), "\(error.message)")
    }
    CredentialFixture.expectError(.inconsistentClaims, containing: "its check character does not match") {
      try CredentialClaims(storedToken: token)
    }
  }

  /// A re-issued edition says its edition and the number it supersedes, both or neither.
  @Test(
    arguments: [
      (["edition": 2], "vigil.edition 2 and vigil.supersedes disagree"),
      (["supersedes": "VC-0000-0000-001Y"], "vigil.edition 1 and vigil.supersedes disagree"),
      (["edition": 2, "supersedes": "VC-0000-0000-001Y"], "is not the list of edition 2"),
    ] as [([String: any Sendable], String)])
  func anEditionAndWhatItSupersedesGoTogether(members: [String: any Sendable], reason: String) throws {
    let issued = try Issued()
    var claims = try issued.claims()
    var vigil = try #require(claims["vigil"] as? [String: Any])
    for (name, value) in members { vigil[name] = value }
    claims["vigil"] = vigil
    CredentialFixture.expectError(.inconsistentClaims, containing: reason) {
      try issued.verifier().verify(try issued.signed(claims))
    }
  }

  @Test func creditThatDisagreesWithTheBoardsHoursIsRefused() throws {
    let issued = try Issued()
    var claims = try issued.claims()
    var subject = try #require(claims["credentialSubject"] as? [String: Any])
    subject["creditsEarned"] = 2.5
    claims["credentialSubject"] = subject
    CredentialFixture.expectError(
      .inconsistentClaims, containing: "creditsEarned 2.5 is not vigil.countedMinutes (6) in hours of 60 minutes"
    ) {
      try issued.verifier().verify(try issued.signed(claims))
    }
    var contexts = try issued.claims()
    contexts["@context"] = Array(OpenBadgeCredential.contexts.reversed())
    CredentialFixture.expectError(.inconsistentClaims, containing: "@context is not the VC 2.0 context followed by") {
      try issued.verifier().verify(try issued.signed(contexts))
    }
  }

  @Test func aCertificateFromTheFutureIsNotYetValid() throws {
    let issued = try Issued()
    CredentialFixture.expectError(.inconsistentClaims, containing: "is not valid before 2027-02-01T01:30:00Z") {
      try issued.verifier(now: CredentialFixture.completedAt.secondsSinceEpoch - 1).verify(issued.token)
    }
  }

  @Test func theIssuingLedgerMustHoldExactlyThisToken() throws {
    let issued = try Issued()
    // Signed again by the provider's own key: a valid signature, but not what the ledger issued.
    let resigned = try issued.signed(try issued.claims())
    #expect(try issued.verifier().verify(resigned).ledger == .noLedger)
    CredentialFixture.expectError(.notInLedger, containing: "holds another token for certificate") {
      try issued.verifier(ledger: issued.ledger).verify(resigned)
    }
    // Another provider's ledger cannot vouch for it either way.
    let other = try Issued()
    #expect(
      try issued.verifier(ledger: other.ledger).verify(issued.token).ledger == .issuedElsewhere(path: other.ledger.path)
    )
  }

  /// After `vigil keys init --force`, the exported set still verifies what the old key signed.
  @Test func aRotatedKeysCertificatesStillVerify() throws {
    let directory = TemporaryDirectory()
    let store = SigningKeyStore(homePath: directory.appending("home"))
    let key = try store.currentOrNewKey().key
    let (_, certificates, _) = try CredentialFixture.issued(in: directory, key: key)
    let rotation = try store.create(rotating: true)
    #expect(rotation.retired?.keyID == key.keyID)
    let published = try JWKSet(json: try store.publicKeySet().json)
    let verdict = try CertificateVerifier(keys: published, ledger: nil, now: CredentialFixture.later).verify(
      certificates[0].token)
    #expect(verdict.keyID == key.keyID && published.keys.count == 2)
  }
}
