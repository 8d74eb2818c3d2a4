import Crypto
import Foundation
import Testing

@testable import VigilSigning

/// The SHA-1 name-based UUIDs hash with: FIPS 180's examples, and swift-crypto's `Insecure.SHA1`
/// (BoringSSL's) on messages of every length across the block boundaries, split in several places.
@Suite struct SHA1Tests {
  /// FIPS 180-2 appendix A ("abc", one block) and B (the 56-byte message, two blocks); the empty
  /// message's digest as RFC 3174's implementation and every SHA-1 tool print it.
  @Test(arguments: [
    ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
    ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
  ])
  func theStandardsExamplesHold(message: String, expected: String) {
    #expect(Self.hex(Array(message.utf8), split: 0) == expected)
    #expect(Self.hex(Array(message.utf8), split: message.utf8.count / 2) == expected)
  }

  /// Every length from 0 to 200 bytes (past three blocks), each split at its start, at 16 (where a
  /// namespace ends), in the middle and at its end.
  @Test func everyLengthAndSplitMatchesBoringSSL() {
    let bytes = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    for length in 0...bytes.count {
      let message = Array(bytes[0..<length])
      let expected = Insecure.SHA1.hash(data: message).map { String(format: "%02x", $0) }.joined()
      for split in Set([0, min(16, length), length / 2, length]) {
        #expect(Self.hex(message, split: split) == expected, "length \(length), split at \(split)")
      }
    }
  }

  /// The digest of `message` hashed as its first `split` bytes and the rest, in hex.
  private static func hex(_ message: [UInt8], split: Int) -> String {
    let digest = message.withUnsafeBytes { bytes in
      SHA1.digest(UnsafeRawBufferPointer(rebasing: bytes[..<split]), UnsafeRawBufferPointer(rebasing: bytes[split...]))
    }
    return [digest.0, digest.1, digest.2, digest.3, digest.4].map { String(format: "%08x", $0) }.joined()
  }
}
