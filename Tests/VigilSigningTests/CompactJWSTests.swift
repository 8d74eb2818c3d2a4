import Crypto
import Foundation
import Testing
@testable import VigilSigning

@Suite struct CompactJWSTests {
  private let payload = Array(#"{"hello":"wörld"}"#.utf8)

  @Test func signsAndVerifies() throws {
    let key = try TestKeys.fixed()
    let token = try key.sign(payload: payload, type: "JWT")
    let parts = token.split(separator: ".", omittingEmptySubsequences: false)
    #expect(parts.count == 3)
    #expect(Base64URL.decode(parts[0]) == Array(#"{"alg":"ES256","kid":"\#(TestKeys.fixedKeyID)","typ":"JWT"}"#.utf8))
    #expect(Base64URL.decode(parts[2])?.count == 64)
    let verified = try CompactJWS.verify(token, keys: JWKSet(keys: [key.publicJWK]), expectedType: "JWT")
    #expect(verified.payload == payload)
    #expect(verified.header == JWSHeader(algorithm: "ES256", keyID: TestKeys.fixedKeyID, type: "JWT"))
  }

  /// A signer keeps its header encoded: every token it signs starts with the header the key writes
  /// for one token, and each verifies over its own payload.
  @Test func aSignerOfOneTypeSignsWithTheKeysHeader() throws {
    let key = try TestKeys.fixed()
    let signer = try CompactJWSSigner(key: key, type: "JWT")
    let header = try key.sign(payload: payload, type: "JWT").split(separator: ".")[0]
    let payloads = [
      payload, Array("a".utf8), Array("ab".utf8), Array(repeating: 0xFF, count: 3000), Array(repeating: 0x7B, count: 3001),
    ]
    // Every length modulo 3: the token is written into a string sized for it.
    for payload in payloads {
      let token = try signer.sign(payload: payload)
      #expect(token.split(separator: ".", omittingEmptySubsequences: false)[0] == header)
      let verified = try CompactJWS.verify(token, keys: JWKSet(keys: [key.publicJWK]), expectedType: "JWT")
      #expect(verified.payload == payload)
    }
  }

  /// An empty payload (which verification refuses) still gives a token of the right shape whose
  /// signature swift-crypto accepts: nothing is written past the string's room, nothing left short.
  @Test func anEmptyPayloadIsSignedIntoAWellFormedToken() throws {
    let key = try TestKeys.fixed()
    let token = try CompactJWSSigner(key: key, type: "JWT").sign(payload: [])
    let parts = token.split(separator: ".", omittingEmptySubsequences: false)
    #expect(parts.count == 3)
    #expect(parts[1].isEmpty)
    #expect(parts[2].count == CompactJWS.signatureCharacters)
    let signature = try P256.Signing.ECDSASignature(rawRepresentation: Base64URL.decode(parts[2]) ?? [])
    #expect(key.privateKey.publicKey.isValidSignature(signature, for: Array((parts[0] + ".").utf8)))
  }

  @Test func leavesOutTypWhenNoneIsGiven() throws {
    let key = SigningKey.generate()
    let token = try key.sign(payload: payload, type: nil)
    let header = Base64URL.decode(token.split(separator: ".")[0]) ?? []
    #expect(String(decoding: header, as: UTF8.self) == #"{"alg":"ES256","kid":"\#(key.keyID)"}"#)
    #expect(try CompactJWS.verify(token, keys: JWKSet(keys: [key.publicJWK])).header.type == nil)
  }

  @Test func everySingleByteChangeFails() throws {
    let key = try TestKeys.fixed()
    let keys = JWKSet(keys: [key.publicJWK])
    let token = Array(try key.signCheckpoint(TestKeys.checkpoint()).utf8)
    let original = try CompactJWS.verify(String(decoding: token, as: UTF8.self), keys: keys)
    // Every position, every other byte value: each must fail (a byte that is no longer valid UTF-8
    // turns into U+FFFD in the String and must fail too).
    var checked = 0
    for position in token.indices {
      for value in UInt8.min...UInt8.max where value != token[position] {
        var changed = token
        changed[position] = value
        let text = String(decoding: changed, as: UTF8.self)
        if let verified = try? CompactJWS.verify(text, keys: keys) {
          Issue.record("byte \(position) changed to \(value) still verifies (payload same: \(verified.payload == original.payload))")
        }
        checked += 1
      }
    }
    #expect(checked == token.count * 255)
  }

  @Test func anotherKeyFailsAndSaysSo() throws {
    let signer = SigningKey.generate()
    let other = SigningKey.generate()
    let token = try signer.sign(payload: payload, type: "JWT")
    expectSigningError(.unknownKey, containing: "signed by a key this set does not hold (kid '\(signer.keyID)')") {
      try CompactJWS.verify(token, keys: JWKSet(keys: [other.publicJWK]))
    }
    // The same kid on a different key (a forged set) fails on the signature itself.
    var parts = token.split(separator: ".").map(String.init)
    let forged = try other.sign(payload: payload, type: "JWT").split(separator: ".").map(String.init)
    parts[2] = forged[2]
    expectSigningError(.badSignature, containing: "does not verify with key \(signer.keyID)") {
      try CompactJWS.verify(parts.joined(separator: "."), keys: JWKSet(keys: [signer.publicJWK]))
    }
  }

  @Test func refusesAlgNone() throws {
    let key = try TestKeys.fixed()
    let header = TestKeys.part(#"{"alg":"none","kid":"\#(key.keyID)"}"#)
    let body = Base64URL.encode(payload)
    for token in [header + "." + body + ".", header + "." + body + "." + TestKeys.part("x")] {
      expectSigningError(.unsupportedAlgorithm, containing: "unsigned (alg 'none')") {
        try CompactJWS.verify(token, keys: JWKSet(keys: [key.publicJWK]))
      }
    }
  }

  @Test func refusesHS256MadeWithThePublicKeyAsSecret() throws {
    let key = try TestKeys.fixed()
    let signingInput = TestKeys.part(#"{"alg":"HS256","kid":"\#(key.keyID)","typ":"JWT"}"#) + "." + Base64URL.encode(payload)
    // The classic algorithm-confusion forgery: HMAC keyed with the published key's bytes (JWK text,
    // x9.63 point and PEM), which a naive verifier would use as the "secret".
    let secrets = [
      Array(key.publicJWK.json.utf8), Array(key.publicJWK.publicKey.x963Representation),
      Array(key.publicJWK.publicKey.pemRepresentation.utf8),
    ]
    for secret in secrets {
      let mac = HMAC<SHA256>.authenticationCode(for: Array(signingInput.utf8), using: SymmetricKey(data: secret))
      let token = signingInput + "." + Base64URL.encode(Array(mac))
      expectSigningError(.unsupportedAlgorithm, containing: "shared-secret MAC") {
        try CompactJWS.verify(token, keys: JWKSet(keys: [key.publicJWK]))
      }
    }
  }

  @Test func refusesOtherAlgorithmsAndCrit() throws {
    let key = try TestKeys.fixed()
    let valid = try key.sign(payload: payload, type: nil).split(separator: ".").map(String.init)
    let keys = JWKSet(keys: [key.publicJWK])
    for alg in ["RS256", "ES384", "EdDSA", "es256", "ES256 "] {
      let token = [TestKeys.part(#"{"alg":"\#(alg)","kid":"\#(key.keyID)"}"#), valid[1], valid[2]].joined(separator: ".")
      expectSigningError(.unsupportedAlgorithm, containing: "is not ES256") { try CompactJWS.verify(token, keys: keys) }
    }
    let crit = [TestKeys.part(#"{"alg":"ES256","crit":["b64"],"b64":false,"kid":"\#(key.keyID)"}"#), valid[1], valid[2]]
    expectSigningError(.malformedToken, containing: "crit") { try CompactJWS.verify(crit.joined(separator: "."), keys: keys) }
  }

  @Test func refusesMalformedTokens() throws {
    let key = try TestKeys.fixed()
    let keys = JWKSet(keys: [key.publicJWK])
    let token = try key.sign(payload: payload, type: nil)
    let parts = token.split(separator: ".").map(String.init)
    let cases: [(String, String)] = [
      ("", "has 1 part separated by '.'"),
      (parts[0] + "." + parts[1], "has 2 parts"),
      (token + "." + parts[2], "has 4 parts"),
      (" " + token, "header that is not base64url"),
      (token + "\n", "signature that is not base64url"),
      (parts[0] + "=." + parts[1] + "." + parts[2], "header that is not base64url"),
      (parts[0] + ".." + parts[2], "empty payload"),
      (parts[0] + "." + parts[1] + "+/." + parts[2], "payload that is not base64url"),
      ("A." + parts[1] + "." + parts[2], "header that is not valid base64url"),
      (TestKeys.part("[1,2]") + "." + parts[1] + "." + parts[2], "not a JSON object"),
      (TestKeys.part(#""ES256""#) + "." + parts[1] + "." + parts[2], "is a string, not a JSON object"),
      (TestKeys.part("{nope}") + "." + parts[1] + "." + parts[2], "is not JSON"),
      (TestKeys.part(#"{"alg":"ES256","alg":"none","kid":"k"}"#) + "." + parts[1] + "." + parts[2], "appears twice"),
      (TestKeys.part(#"{"kid":"k"}"#) + "." + parts[1] + "." + parts[2], "has no \"alg\""),
      (TestKeys.part(#"{"alg":"ES256"}"#) + "." + parts[1] + "." + parts[2], "names no key"),
      (String(repeating: "A", count: CompactJWS.maximumTokenBytes + 1), "more than the 262144 Vigil reads"),
      (TestKeys.part("{" + String(repeating: " ", count: 5000) + "}") + "." + parts[1] + "." + parts[2], "more than the 4096"),
    ]
    for (text, expected) in cases {
      expectSigningError(.malformedToken, containing: expected) { try CompactJWS.verify(text, keys: keys) }
    }
    expectSigningError(.badSignature, containing: "not the 64 bytes") {
      try CompactJWS.verify(parts[0] + "." + parts[1] + "." + parts[2] + "AAAA", keys: keys)
    }
  }

  @Test func checksTheExpectedType() throws {
    let key = SigningKey.generate()
    let token = try key.sign(payload: payload, type: "JWT")
    expectSigningError(.wrongType, containing: "of type 'JWT', not 'vigil-checkpoint+jws'") {
      try CompactJWS.verify(token, keys: JWKSet(keys: [key.publicJWK]), expectedType: Checkpoint.tokenType)
    }
  }
}
