/// SipHash-2-4 (Aumasson and Bernstein, "SipHash: a fast short-input PRF", 2012): a keyed function of
/// short messages whose values cannot be told from random without the key, in a few dozen additions,
/// rotations and exclusive ors. ``NumberPermutation``'s round function: a certificate number takes eight
/// rounds or so, which SHA-256 made a hash object each.
///
/// The key's 16 bytes are two 64-bit words, little-endian; the value is the 64-bit word the paper
/// defines (its little-endian bytes are the paper's output bytes). Messages are below 8 bytes, all a
/// round needs.
struct SipHash: Sendable {
  private let k0: UInt64
  private let k1: UInt64

  /// A SipHash keyed with the first 16 bytes of `key` (which has at least 16).
  init(key: some Collection<UInt8>) {
    precondition(key.count >= 16, "a SipHash key is 16 bytes")
    let bytes = Array(key.prefix(16))
    func word(_ start: Int) -> UInt64 {
      (0..<8).reduce(0) { $0 | UInt64(bytes[start + $1]) << (8 * UInt64($1)) }
    }
    k0 = word(0)
    k1 = word(8)
  }

  /// The value of a message of `count` bytes, fewer than 8, given as one word: byte `i` of the message
  /// is bits `8i` to `8i + 7` of `message`, and the bits above the message are zero. Such a message is
  /// SipHash's last word alone, with its length in the top byte; a permutation's round hashes five
  /// bytes, and nothing here hashes longer messages.
  func value(of message: UInt64, count: Int) -> UInt64 {
    precondition((0..<8).contains(count) && message >> (8 * UInt64(count)) == 0, "a short message is below 8 bytes")
    var state = State(k0: k0, k1: k1)
    state.compress(UInt64(count) << 56 | message)
    return state.finalized()
  }

  /// The four words of SipHash's state.
  private struct State {
    var v0: UInt64
    var v1: UInt64
    var v2: UInt64
    var v3: UInt64

    init(k0: UInt64, k1: UInt64) {
      v0 = k0 ^ 0x736f_6d65_7073_6575
      v1 = k1 ^ 0x646f_7261_6e64_6f6d
      v2 = k0 ^ 0x6c79_6765_6e65_7261
      v3 = k1 ^ 0x7465_6462_7974_6573
    }

    /// Absorbs one message word with two rounds.
    mutating func compress(_ word: UInt64) {
      v3 ^= word
      round()
      round()
      v0 ^= word
    }

    /// The value after four finalising rounds.
    mutating func finalized() -> UInt64 {
      v2 ^= 0xFF
      for _ in 0..<4 { round() }
      return v0 ^ v1 ^ v2 ^ v3
    }

    /// One SipRound.
    private mutating func round() {
      v0 &+= v1
      v1 = v1.rotatedLeft(13) ^ v0
      v0 = v0.rotatedLeft(32)
      v2 &+= v3
      v3 = v3.rotatedLeft(16) ^ v2
      v0 &+= v3
      v3 = v3.rotatedLeft(21) ^ v0
      v2 &+= v1
      v1 = v1.rotatedLeft(17) ^ v2
      v2 = v2.rotatedLeft(32)
    }
  }
}

extension UInt64 {
  /// The word rotated left by `count` bits (1…63).
  fileprivate func rotatedLeft(_ count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
