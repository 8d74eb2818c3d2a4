import Crypto
import Testing
import VigilExchange
import VigilLedger
import VigilSigning
import VigilTestSupport

/// Reading a provider's published key set for `vigil board trust add`.
@Suite struct BoardTrustTests {
  @Test func readsThePublishedSetAndTrustsIt() throws {
    let folder = TemporaryDirectory()
    let keys = JWKSet(keys: [JWK(publicKey: P256.Signing.PrivateKey().publicKey)])
    let path = folder.write("acme.jwks", keys.json)
    #expect(try BoardTrust.keySet(at: path) == keys)
    let ledger = try Ledger(path: folder.appending("ledger.sqlite"), mode: .createForBoard)
    #expect(try BoardTrust.add(keySetAt: path, name: "acme-ce", to: ledger).change == .trusted)
  }

  @Test(arguments: [
    ("{\"keys\":[]", "is not JSON"),
    ("[]", "is an array, not a JSON object with \"keys\""),
  ])
  func aFileThatIsNotAKeySetIsRefused(text: String, reason: String) throws {
    let folder = TemporaryDirectory()
    let path = folder.write("bad.jwks", text)
    let error = #expect(throws: ExchangeError.self) { try BoardTrust.keySet(at: path) }
    #expect(error?.code == .malformed)
    #expect(error?.message.hasPrefix("\(path): the key set ") == true, "\(error?.message ?? "")")
    #expect(error?.message.contains(reason) == true, "\(error?.message ?? "")")
  }

  @Test func aPrivateKeyIsRefusedAndAHugeFileIsNotRead() throws {
    let folder = TemporaryDirectory()
    let privateKey = P256.Signing.PrivateKey()
    let jwk = JWK(publicKey: privateKey.publicKey)
    let withScalar = jwk.json.dropLast() + ",\"d\":\"\(Base64URL.encode(Array(privateKey.rawRepresentation)))\"}"
    let secret = folder.write("secret.jwks", "{\"keys\":[\(withScalar)]}")
    let error = #expect(throws: ExchangeError.self) { try BoardTrust.keySet(at: secret) }
    #expect(error?.message.contains("holds private key material") == true, "\(error?.message ?? "")")
    let huge = folder.write("huge.jwks", String(repeating: " ", count: JWKSet.maximumBytes + 1))
    #expect((#expect(throws: ExchangeError.self) { try BoardTrust.keySet(at: huge) })?.code == .tooLarge)
  }
}
