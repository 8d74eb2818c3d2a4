import Crypto
import Foundation
@testable import VigilSigning

/// Keys and tokens the signing tests share.
enum TestKeys {
  /// The private scalar 0x01 0x02 … 0x20; its public key and thumbprint were computed with Python's
  /// `cryptography` and joserfc (`ECKey.import_key(...).thumbprint()`), not with Vigil.
  static let fixedScalar: [UInt8] = Array(1...32)
  static let fixedX = "UVw9brnjlrkE0_7Kf1T9zQzB6Ze_N13KUVrQpsO0A18"
  static let fixedY = "RTa-OlDzGPv5pUdZAqIhUCvvDVfgjFOyzApW8X2fk1Q"
  static let fixedKeyID = "6UoWwDCkLjV0J-pQG8c0THxbVhBcpR0AZDift1Yl5DM"

  static func fixed() throws -> SigningKey {
    SigningKey(privateKey: try P256.Signing.PrivateKey(rawRepresentation: fixedScalar))
  }

  /// A checkpoint with a recognisable link.
  static func checkpoint(sequence: Int64 = 42) throws -> Checkpoint {
    try Checkpoint(sequence: sequence, link: String(repeating: "ab", count: 32), signedAt: 1_796_000_000)
  }

  /// base64url of text, for hand-made tokens.
  static func part(_ text: String) -> String { Base64URL.encode(Array(text.utf8)) }
}
