import Crypto

/// A keyed permutation of 0…2^55−1: how a ledger turns its completion ids into certificate numbers
/// that never repeat within the ledger, can be derived again from the same ids, and do not tell how
/// many certificates a provider has issued.
///
/// A four-round Feistel network over 56 bits (two 28-bit halves), whose round function is the first
/// 28 bits of SHA-256(key ‖ round ‖ half as 4 bytes, big-endian); a value of 2^55 or more is
/// encrypted again (cycle walking) until it falls in range, which keeps the map a bijection on
/// 0…2^55−1. The key is SHA-256 of `vigil-certificate-number:` followed by the ledger's id.
struct NumberPermutation: Sendable {
  /// The size of the domain in bits.
  static let bits = 55
  private static let halfBits: UInt64 = 28
  private static let halfMask: UInt64 = (1 << 28) - 1
  private static let rounds: UInt8 = 4

  private let key: [UInt8]

  /// The permutation of the ledger with this id.
  init(ledgerID: String) {
    key = Array(SHA256.hash(data: Array("vigil-certificate-number:\(ledgerID)".utf8)))
  }

  /// The image of `value` (which must be below 2^55).
  func apply(_ value: UInt64) -> UInt64 {
    var result = encrypt(value)
    while result >> UInt64(Self.bits) != 0 { result = encrypt(result) }
    return result
  }

  private func encrypt(_ value: UInt64) -> UInt64 {
    var left = value >> Self.halfBits & Self.halfMask
    var right = value & Self.halfMask
    for round in 0..<Self.rounds {
      (left, right) = (right, left ^ roundValue(round, right))
    }
    return left << Self.halfBits | right
  }

  private func roundValue(_ round: UInt8, _ half: UInt64) -> UInt64 {
    let input =
      key + [round, UInt8(half >> 24 & 0xFF), UInt8(half >> 16 & 0xFF), UInt8(half >> 8 & 0xFF), UInt8(half & 0xFF)]
    let digest = Array(SHA256.hash(data: input))
    let word = UInt64(digest[0]) << 24 | UInt64(digest[1]) << 16 | UInt64(digest[2]) << 8 | UInt64(digest[3])
    return word & Self.halfMask
  }
}
