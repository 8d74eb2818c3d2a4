import Crypto

/// A keyed permutation of 0…2^bits−1: how a ledger turns its completion ids into certificate numbers
/// (55 bits) and status-list indexes (17 bits) that never repeat within the ledger, can be derived again
/// from the same ids, and do not tell how many certificates a provider has issued.
///
/// A four-round Feistel network over two halves of `bits + 1` bits (two 28-bit halves for numbers, two
/// 9-bit halves for indexes), whose round function is the low bits that fit a half of SipHash-2-4
/// (``SipHash``) of the round's byte followed by the half as 4 bytes, big-endian; a value of 2^bits or
/// more is encrypted again (cycle walking) until it falls in range, which keeps the map a bijection on
/// 0…2^bits−1. SipHash's key is the first 16 bytes of SHA-256 of a label (`vigil-certificate-number:`,
/// `vigil-status-index:`) followed by the ledger's id.
struct NumberPermutation: Sendable {
  private static let rounds: UInt8 = 4

  /// The size of the domain in bits.
  let bits: Int
  private let halfBits: UInt64
  private let halfMask: UInt64
  private let roundFunction: SipHash

  /// The certificate-number permutation (55 bits) of the ledger with this id.
  init(ledgerID: String) {
    self.init(label: "vigil-certificate-number:", ledgerID: ledgerID, bits: 55)
  }

  /// The permutation of 0…2^bits−1 keyed by `label` and the ledger's id; `bits` is odd, from 3 to 63.
  init(label: String, ledgerID: String, bits: Int) {
    precondition(bits % 2 == 1 && (3...63).contains(bits), "a permutation of an odd number of bits, 3 to 63")
    self.bits = bits
    halfBits = UInt64(bits + 1) / 2
    halfMask = (1 << halfBits) - 1
    roundFunction = SipHash(key: Array(SHA256.hash(data: Array("\(label)\(ledgerID)".utf8))))
  }

  /// The image of `value` (which must be below 2^bits).
  func apply(_ value: UInt64) -> UInt64 {
    var result = encrypt(value)
    while result >> UInt64(bits) != 0 { result = encrypt(result) }
    return result
  }

  private func encrypt(_ value: UInt64) -> UInt64 {
    var left = value >> halfBits & halfMask
    var right = value & halfMask
    for round in 0..<Self.rounds {
      (left, right) = (right, left ^ roundValue(round, right))
    }
    return left << halfBits | right
  }

  private func roundValue(_ round: UInt8, _ half: UInt64) -> UInt64 {
    // round ‖ half as 4 bytes, big-endian, as one word: the round in its low byte, the half's most
    // significant byte next.
    let message = UInt64(round) | UInt64(UInt32(truncatingIfNeeded: half).byteSwapped) << 8
    return roundFunction.value(of: message, count: 5) & halfMask
  }
}
