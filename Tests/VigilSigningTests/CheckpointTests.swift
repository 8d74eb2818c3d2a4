import Testing
@testable import VigilSigning

@Suite struct CheckpointTests {
  @Test func payloadIsCanonicalJSON() throws {
    let checkpoint = try TestKeys.checkpoint()
    #expect(
      String(decoding: try checkpoint.canonicalBytes(), as: UTF8.self)
        == #"{"link":"\#(String(repeating: "ab", count: 32))","sequence":42,"signedAt":1796000000}"#)
    let unsigned = try Checkpoint(sequence: 7, link: String(repeating: "0", count: 64))
    #expect(String(decoding: try unsigned.canonicalBytes(), as: UTF8.self) == #"{"link":"\#(String(repeating: "0", count: 64))","sequence":7}"#)
  }

  @Test func signsAndVerifiesThroughTheSignerProtocol() throws {
    let key = SigningKey.generate()
    let signer: any CheckpointSigner = key
    let token = try signer.sign(TestKeys.checkpoint())
    #expect(signer.keyID == key.keyID)
    #expect(try Checkpoint(verifying: token, against: JWKSet(keys: [key.publicJWK])) == TestKeys.checkpoint())
  }

  @Test func refusesMalformedValues() {
    expectSigningError(.malformedCheckpoint, containing: "not 64 lowercase hex") {
      try Checkpoint(sequence: 1, link: String(repeating: "AB", count: 32))
    }
    expectSigningError(.malformedCheckpoint, containing: "not 64 lowercase hex") { try Checkpoint(sequence: 1, link: "abc") }
    expectSigningError(.malformedCheckpoint, containing: "outside 0 through 2^53") {
      try Checkpoint(sequence: -1, link: String(repeating: "a", count: 64))
    }
  }

  @Test func refusesPayloadsThatAreNotACanonicalCheckpoint() throws {
    let key = SigningKey.generate()
    let keys = JWKSet(keys: [key.publicJWK])
    let link = String(repeating: "c", count: 64)
    let cases: [(String, String)] = [
      (#"{"sequence":1,"link":"\#(link)"}"#, "not in canonical form"),
      (#"{"link":"\#(link)", "sequence":1}"#, "not in canonical form"),
      (#"{"link":"\#(link)","sequence":1,"extra":true}"#, "'extra'"),
      (#"{"link":"\#(link)","sequence":1.5}"#, "integer \"sequence\""),
      (#"{"link":"\#(link)"}"#, "integer \"sequence\""),
      (#"[1]"#, "not a JSON object"),
    ]
    for (payload, expected) in cases {
      let token = try key.sign(payload: Array(payload.utf8), type: Checkpoint.tokenType)
      expectSigningError(.malformedCheckpoint, containing: expected) { try Checkpoint(verifying: token, against: keys) }
    }
    // A certificate (another typ) is never taken for a checkpoint, even with a checkpoint's payload.
    let other = try key.sign(payload: TestKeys.checkpoint().canonicalBytes(), type: "JWT")
    expectSigningError(.wrongType, containing: "not 'vigil-checkpoint+jws'") { try Checkpoint(verifying: other, against: keys) }
  }
}
