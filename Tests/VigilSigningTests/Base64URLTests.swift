import Foundation
import Testing
@testable import VigilSigning

@Suite struct Base64URLTests {
  @Test func roundTripsEveryLength() {
    var generator = SystemRandomNumberGenerator()
    for length in 0...70 {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let text = Base64URL.encode(bytes)
      #expect(!text.contains("=") && !text.contains("+") && !text.contains("/"))
      #expect(Base64URL.decode(text) == bytes)
    }
  }

  /// Foundation's base64, with `+/` mapped to `-_` and the padding dropped, is the independent reference,
  /// at every length across the eight-character path's boundaries.
  @Test func agreesWithFoundationAtEveryLength() {
    var generator = SystemRandomNumberGenerator()
    for length in 0...130 {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let reference = Data(bytes).base64EncodedString()
        .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        .replacingOccurrences(of: "=", with: "")
      #expect(Base64URL.encode(bytes) == reference, "length \(length)")
    }
  }

  @Test func matchesRFC4648Vectors() {
    // RFC 4648 §10 ("foobar"), without padding, and bytes that use '-' and '_'.
    #expect(Base64URL.encode(Array("foobar".utf8)) == "Zm9vYmFy")
    #expect(Base64URL.encode(Array("fo".utf8)) == "Zm8")
    #expect(Base64URL.encode([0xFB, 0xFF]) == "-_8")
  }

  @Test func appendsAfterWhatIsAlreadyThere() {
    var token = Array("eyJ.".utf8)
    Base64URL.append(Array("foobar".utf8), to: &token)
    Base64URL.append([0xFB, 0xFF][...], to: &token)
    Base64URL.append(repeatElement(0xFF, count: 3), to: &token)  // not contiguous: copied first
    #expect(String(decoding: token, as: UTF8.self) == "eyJ.Zm9vYmFy-_8____")
    #expect(Base64URL.encodedCount(6) == 8 && Base64URL.encodedCount(2) == 3 && Base64URL.encodedCount(64) == 86)
  }

  @Test func refusesAnythingButOneCanonicalEncoding() {
    #expect(Base64URL.decode("Zm8=") == nil)  // padding
    #expect(Base64URL.decode("Zm 8") == nil)  // white space
    #expect(Base64URL.decode("+/8") == nil)  // the other alphabet
    #expect(Base64URL.decode("Z") == nil)  // a length no encoding has
    #expect(Base64URL.decode("Zm9") == nil)  // unused low bits set: "Zm8" is the encoding of "fo"
  }
}
