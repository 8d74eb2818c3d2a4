import Testing

@testable import VigilCredentials

/// SipHash-2-4 against the reference implementation's vectors for messages below 8 bytes, all the
/// permutation hashes (key 00 01 … 0f, message 00 01 … n−1; `vectors.h` of github.com/veorq/SipHash,
/// read as little-endian words).
@Suite struct SipHashTests {
  @Test(arguments: [
    (0, 0x726f_db47_dd0e_0e31 as UInt64), (1, 0x74f8_39c5_93dc_67fd), (2, 0x0d6c_8009_d9a9_4f5a),
    (3, 0x8567_6696_d7fb_7e2d), (4, 0xcf27_94e0_2771_87b7), (5, 0x1876_5564_cd99_a68d),
    (6, 0xcbc9_466e_58fe_e3ce), (7, 0xab02_00f5_8b01_d137),
  ])
  func theReferenceVectorsHold(length: Int, expected: UInt64) {
    let word = (0..<length).reduce(0 as UInt64) { $0 | UInt64($1) << (8 * UInt64($1)) }
    #expect(SipHash(key: (0..<16).map { UInt8($0) }).value(of: word, count: length) == expected)
  }
}
