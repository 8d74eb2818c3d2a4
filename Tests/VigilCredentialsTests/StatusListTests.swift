import Foundation
import Testing
import VigilCredentials
import VigilSigning
import VigilTestSupport

/// The W3C Bitstring Status List: where each index's bit lies, the encodedList's form, the entry a
/// completion gets, and a list that was changed or signed by another key refused.
@Suite struct StatusListTests {
  private static let url = "https://ce.example.org/certificates/status/1"
  private static let issuer = "urn:uuid:6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"

  /// Index 0 is the first byte's most significant bit: 0 → byte 0 0x80, 7 → byte 0 0x01, 9 → byte 1
  /// 0x40, 54053 = 8 × 6756 + 5 → byte 6756 0x04, 131071 → byte 16383 0x01.
  @Test func eachIndexIsItsHandComputedBit() throws {
    var bits = RevocationBitstring()
    #expect(bits.count == 131_072 && bits.bytes.count == 16_384)
    for index in [0, 7, 9, 54_053, 131_071] { bits.set(index) }
    var expected = [UInt8](repeating: 0, count: 16_384)
    expected[0] = 0x81
    expected[1] = 0x40
    expected[6756] = 0x04
    expected[16_383] = 0x01
    #expect(bits.bytes == expected)
    #expect(bits.isSet(54_053) && !bits.isSet(54_052) && !bits.isSet(54_054) && !bits.isSet(131_072))
    let encoded = try bits.encoded()
    #expect(encoded.hasPrefix("u"))
    #expect(try RevocationBitstring(encoded: encoded) == bits)
  }

  /// The list any GZIP reader opens: Python's gzip gives back the same bytes.
  @Test(.enabled(if: CommandRunner.isInstalled("python3"))) func pythonReadsTheEncodedList() throws {
    var bits = RevocationBitstring()
    bits.set(9)
    let script = """
      import base64, gzip, sys
      text = sys.argv[1][1:]
      data = gzip.decompress(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
      print(len(data), data[1], sum(data))
      """
    let result = try CommandRunner.run("python3", ["-c", script, try bits.encoded()])
    #expect(result.output == "16384 64 64\n", "\(result.error)")
  }

  /// The entry of a completion: list 1 for completions 1…131072, list 2 after; the index a bijection
  /// of the list's positions (13032 for position 11, as Tests/Interop/certificate-numbers.py derives it);
  /// no entry without a web address.
  @Test func aCompletionsEntry() throws {
    let ledgerID = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
    let entry = try #require(
      StatusListEntry.derive(ledgerID: ledgerID, completionID: 12, providerWeb: "https://ce.example.org/"))
    #expect(entry.listURL == Self.url && entry.index == 13_032 && entry.id == Self.url + "#13032")
    let second = try #require(
      StatusListEntry.derive(ledgerID: ledgerID, completionID: 131_084, providerWeb: "https://ce.example.org"))
    #expect(second.listURL == "https://ce.example.org/certificates/status/2" && second.index == 13_032)
    #expect(StatusListEntry.derive(ledgerID: ledgerID, completionID: 12, providerWeb: nil) == nil)
    let indexes = Set((0..<4096).map { StatusListEntry.index(ledgerID: ledgerID, position: $0) })
    #expect(indexes.count == 4096 && indexes.allSatisfy { (0..<131_072).contains($0) })
  }

  @Test func aSignedListReadsBackAndATamperedOneIsRefused() throws {
    let key = try CredentialFixture.fixedKey()
    var bits = RevocationBitstring()
    bits.set(54_053)
    let token = try StatusList(url: Self.url, issuerID: Self.issuer, validFrom: 1_801_500_000, bits: bits).signed(with: key)
    let keys = JWKSet(keys: [key.publicJWK])
    let list = try StatusList(token: token, keys: keys)
    #expect(list.url == Self.url && list.issuerID == Self.issuer && list.bits.isSet(54_053))

    // The payload re-signed by nobody: one bit cleared in a copy of the claims, the signature kept.
    let parts = token.split(separator: ".").map(String.init)
    let payload = try #require(Base64URL.decode(parts[1]))
    var claims = try #require(try JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any])
    var subject = try #require(claims["credentialSubject"] as? [String: Any])
    subject["encodedList"] = try RevocationBitstring().encoded()
    claims["credentialSubject"] = subject
    let changed = try JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys, .withoutEscapingSlashes])
    let tampered = [parts[0], Base64URL.encode(Array(changed)), parts[2]].joined(separator: ".")
    CredentialFixture.expectError(.malformedStatusList, containing: "the status list is refused") {
      try StatusList(token: tampered, keys: keys)
    }
    let other = SigningKey(privateKey: .init())
    CredentialFixture.expectError(.unknownKey, containing: "the status list is refused") {
      try StatusList(token: token, keys: JWKSet(keys: [other.publicJWK]))
    }
    CredentialFixture.expectError(.malformedStatusList, containing: "not multibase") {
      try RevocationBitstring(encoded: "zabc")
    }
  }

  /// A list whose `nbf` no date can be (2^63 − 1, read by fuzz-status-list: it read, and then could not be
  /// written again) or whose `validFrom` disagrees with it is refused, as a certificate's is; members that
  /// are missing or of the wrong kind are refused as a status list's, not as a certificate's.
  @Test(arguments: [
    ("nbf", "9223372036854775807", "its validFrom '2027-02-01T16:40:00Z' is not a UTC date and time equal to nbf"),
    ("validFrom", "\"2027-02-01T16:40:00+00:00\"", "is not a UTC date and time equal to nbf"),
    ("iss", "7", "the status list is refused: the status list's 'iss' is not a string"),
  ])
  func aListWhoseMembersDisagreeIsRefused(member: String, json: String, reason: String) throws {
    let list = StatusList(url: Self.url, issuerID: Self.issuer, validFrom: 1_801_500_000, bits: RevocationBitstring())
    var claims = try #require(try JSONSerialization.jsonObject(with: Data(try list.claims())) as? [String: Any])
    claims[member] = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
    let payload = try JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys, .withoutEscapingSlashes])
    CredentialFixture.expectError(.malformedStatusList, containing: reason) { try StatusList(payload: Array(payload)) }
  }
}
