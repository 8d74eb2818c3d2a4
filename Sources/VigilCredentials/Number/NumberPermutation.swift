import Crypto

/// A keyed permutation of 0…2^bits−1: how a ledger turns its completion ids into certificate numbers
/// (55 bits) and status-list indexes (17 bits) that never repeat within the ledger, can be derived again
/// from the same ids, and do not tell how many certificates a provider has issued.
///
/// A four-round Feistel network over two halves of `bits + 1` bits (two 28-bit halves for numbers, two
/// 9-bit halves for indexes), whose round function is the first bits of SHA-256(key ‖ round ‖ half as 4
/// bytes, big-endian) that fit a half; a value of 2^bits or more is encrypted again (cycle walking)
/// until it falls in range, which keeps the map a bijection on 0…2^bits−1. The key is SHA-256 of a label
/// (`vigil-certificate-number:`, `vigil-status-index:`) followed by the ledger's id.
struct NumberPermutation: Sendable {
  private static let rounds: UInt8 = 4

  /// The size of the domain in bits.
  let bits: Int
  private let halfBits: UInt64
  private let halfMask: UInt64
  private let key: [UInt8]
  /// The round function's value for every round and half, round by round, when computed ahead
  /// (``tabulated()``); empty when each is hashed as needed.
  private var table: [UInt32] = []

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
    key = Array(SHA256.hash(data: Array("\(label)\(ledgerID)".utf8)))
  }

  /// The same permutation with its round function computed ahead for every round and half: 4 ×
  /// 2^(half's bits) SHA-256s once (2,048 for the 17-bit status indexes), then each round a look-up
  /// instead of a hash. Unchanged for halves of more than 10 bits (certificate numbers), whose table
  /// would be too large.
  func tabulated() -> NumberPermutation {
    guard halfBits <= 10, table.isEmpty else { return self }
    var copy = self
    copy.table.reserveCapacity(Int(Self.rounds) << halfBits)
    for round in 0..<Self.rounds {
      for half in 0..<(UInt64(1) << halfBits) { copy.table.append(UInt32(hashedRoundValue(round, half))) }
    }
    return copy
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
    table.isEmpty ? hashedRoundValue(round, half) : UInt64(table[Int(round) << halfBits | Int(half)])
  }

  private func hashedRoundValue(_ round: UInt8, _ half: UInt64) -> UInt64 {
    // key ‖ round ‖ half, hashed in one pass from one buffer.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: key.count + 5) { input in
      _ = input.initialize(from: key)
      input[key.count] = round
      input[key.count + 1] = UInt8(half >> 24 & 0xFF)
      input[key.count + 2] = UInt8(half >> 16 & 0xFF)
      input[key.count + 3] = UInt8(half >> 8 & 0xFF)
      input[key.count + 4] = UInt8(half & 0xFF)
      // The hasher's own buffer call, not `hash(data:)`'s walk over a DataProtocol's regions: a
      // certificate number hashes eight times or so.
      var hasher = SHA256()
      hasher.update(bufferPointer: UnsafeRawBufferPointer(input))
      let word = hasher.finalize().withUnsafeBytes { digest in
        UInt64(digest[0]) << 24 | UInt64(digest[1]) << 16 | UInt64(digest[2]) << 8 | UInt64(digest[3])
      }
      return word & halfMask
    }
  }
}
