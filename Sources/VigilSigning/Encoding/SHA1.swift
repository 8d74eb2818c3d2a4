/// SHA-1 (FIPS 180-4 §6.1) of a message in two parts, for ``NameBasedUUID``: the namespace's 16 bytes,
/// then the name. Not for security (RFC 9562 keeps SHA-1 for version 5 UUIDs as a name's fingerprint).
///
/// Written out here because swift-crypto's `Insecure.SHA1()` looks its type metadata up at run time
/// for every hasher it makes (about 9,000 instructions under callgrind, several times the hash of a
/// name), and a credential derives two UUIDs each time one is issued. The names hashed are short: the
/// message, padded, is a block or two on the stack.
enum SHA1 {
  /// The digest's five words of `first` followed by `second`.
  static func digest(
    _ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer
  ) -> (UInt32, UInt32, UInt32, UInt32, UInt32) {
    let length = first.count + second.count
    // The message, 0x80, zeros, and its length in bits as 8 bytes, big-endian: whole 64-byte blocks.
    let padded = (length + 8) / 64 * 64 + 64
    return withUnsafeTemporaryAllocation(byteCount: padded, alignment: 8) { message in
      message.initializeMemory(as: UInt8.self, repeating: 0)
      if first.count > 0 { message.baseAddress!.copyMemory(from: first.baseAddress!, byteCount: first.count) }
      if second.count > 0 {
        (message.baseAddress! + first.count).copyMemory(from: second.baseAddress!, byteCount: second.count)
      }
      message[length] = 0x80
      message.storeBytes(
        of: (UInt64(length) &* 8).bigEndian, toByteOffset: padded - 8, as: UInt64.self)
      var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0
      )
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { schedule in
        for block in stride(from: 0, to: padded, by: 64) {
          compress(UnsafeRawBufferPointer(rebasing: message[block..<(block + 64)]), into: &state, schedule: schedule)
        }
      }
      return state
    }
  }

  /// Hashes one 64-byte block into `state`, with room for the 80-word message schedule.
  private static func compress(
    _ block: UnsafeRawBufferPointer, into state: inout (UInt32, UInt32, UInt32, UInt32, UInt32),
    schedule w: UnsafeMutableBufferPointer<UInt32>
  ) {
    for t in 0..<16 { w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self)) }
    for t in 16..<80 { w[t] = (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotatedLeft(1) }
    var (a, b, c, d, e) = state
    // The four stages of twenty rounds, each with its own function of b, c and d and its constant.
    func round(_ t: Int, _ f: UInt32, _ k: UInt32) {
      let temporary = a.rotatedLeft(5) &+ f &+ e &+ k &+ w[t]
      (e, d, c, b, a) = (d, c, b.rotatedLeft(30), a, temporary)
    }
    for t in 0..<20 { round(t, b & c | ~b & d, 0x5A82_7999) }
    for t in 20..<40 { round(t, b ^ c ^ d, 0x6ED9_EBA1) }
    for t in 40..<60 { round(t, b & c | b & d | c & d, 0x8F1B_BCDC) }
    for t in 60..<80 { round(t, b ^ c ^ d, 0xCA62_C1D6) }
    state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
  }
}

extension UInt32 {
  /// The word rotated left by `count` bits (1…31).
  fileprivate func rotatedLeft(_ count: UInt32) -> UInt32 { self << count | self >> (32 - count) }
}
