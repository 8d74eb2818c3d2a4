import Crypto
import Testing
@testable import VigilSigning

@Suite struct JWKTests {
  @Test func thumbprintMatchesJoserfc() throws {
    let key = try TestKeys.fixed()
    #expect(Base64URL.encode(key.publicJWK.x) == TestKeys.fixedX)
    #expect(Base64URL.encode(key.publicJWK.y) == TestKeys.fixedY)
    #expect(key.keyID == TestKeys.fixedKeyID)
  }

  @Test func thumbprintOfTheRFC7515ExampleKey() throws {
    // RFC 7515 appendix A.3's P-256 key; thumbprint computed with joserfc and with hashlib by hand.
    let x = try #require(Base64URL.decode("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"))
    let y = try #require(Base64URL.decode("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"))
    #expect(JWK.thumbprint(x: x, y: y) == "oKIywvGUpTVTyxMQ3bwIIeQUudfr_CkLMjCE19ECD-U")
  }

  @Test func publicJWKHasExactlyTheDocumentedMembers() throws {
    let jwk = try TestKeys.fixed().publicJWK
    #expect(
      jwk.json
        == #"{"alg":"ES256","crv":"P-256","kid":"\#(TestKeys.fixedKeyID)","kty":"EC","use":"sig","x":"\#(TestKeys.fixedX)","y":"\#(TestKeys.fixedY)"}"#
    )
  }

  @Test func keySetRoundTrips() throws {
    let keys = [try TestKeys.fixed().publicJWK, SigningKey.generate().publicJWK]
    let set = JWKSet(keys: keys)
    let read = try JWKSet(json: set.json)
    #expect(read == set)
    #expect(read.keys.map(\.keyID) == keys.map(\.keyID))
    #expect(read.key(withID: TestKeys.fixedKeyID) == keys[0])
  }

  @Test func keySetReadsWhiteSpaceAndIgnoresUnknownMembers() throws {
    let text = """
      { "keys": [ { "kty": "EC", "crv": "P-256", "x": "\(TestKeys.fixedX)", "y": "\(TestKeys.fixedY)",
        "kid": "\(TestKeys.fixedKeyID)", "x5t": "ignored" } ], "note": "ignored" }
      """
    #expect(try JWKSet(json: text).keys.first?.keyID == TestKeys.fixedKeyID)
  }

  private func member(_ name: String, _ value: String) -> String { #""\#(name)":"\#(value)""# }

  private func keyJSON(kty: String = "EC", crv: String = "P-256", x: String = TestKeys.fixedX, y: String = TestKeys.fixedY,
                       kid: String = TestKeys.fixedKeyID, extra: String = "") -> String {
    "{" + [member("kty", kty), member("crv", crv), member("x", x), member("y", y), member("kid", kid)].joined(separator: ",")
      + extra + "}"
  }

  @Test func refusesMalformedSets() {
    let cases: [(String, String)] = [
      ("", "is not JSON"),
      ("[]", "not a JSON object"),
      ("{}", "has no \"keys\""),
      (#"{"keys":{}}"#, "not an array"),
      (#"{"keys":[1]}"#, "key 1 of the key set is a number"),
      (#"{"keys":[],"keys":[]}"#, "appears twice"),
      (#"{"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB"}]}"#, "not an elliptic-curve key"),
    ]
    for (text, expected) in cases {
      expectSigningError(.malformedKeySet, containing: expected) { try JWKSet(json: text) }
    }
  }

  /// A stored set may be empty; a published one, which a board trusts or a verifier is given, may not.
  @Test func aPublishedSetHoldsAKey() throws {
    #expect(try JWKSet(json: #"{"keys":[]}"#).keys.isEmpty)
    expectSigningError(.malformedKeySet, containing: "the key set holds no keys") {
      try JWKSet(published: Array(#"{"keys":[]}"#.utf8))
    }
    let published = try JWKSet(published: JWKSet(keys: [try TestKeys.fixed().publicJWK]).jsonBytes)
    #expect(published.keys.map(\.keyID) == [TestKeys.fixedKeyID])
  }

  @Test func refusesKeysThatAreNotWhatTheySay() {
    let cases: [(String, String)] = [
      (keyJSON(crv: "P-384"), "not P-256"),
      (keyJSON(kid: "my-key"), "not its RFC 7638 thumbprint"),
      (keyJSON(x: "AAAA"), "not 32 bytes"),
      (keyJSON(y: TestKeys.fixedX), "not a point on the P-256 curve"),
      (keyJSON(extra: "," + member("d", Base64URL.encode(TestKeys.fixedScalar))), "private key material"),
      (keyJSON(extra: "," + member("alg", "HS256")), "not ES256"),
      (keyJSON() + "," + keyJSON(), "twice"),
    ]
    for (key, expected) in cases {
      expectSigningError(.malformedKeySet, containing: expected) { try JWKSet(json: #"{"keys":["# + key + "]}") }
    }
  }
}
