import Testing

@testable import VigilLedger

/// Which children of an interior root the check before each write reads: all within 1 MiB, else
/// as many as fit, half from each end (hand-computed: 1 MiB is 256 pages of 4 KiB, 16 of 64 KiB).
@Suite struct DamageCheckChildrenTests {
  @Test(arguments: [
    (count: 10, usableSize: 4_096, expected: Array(0..<10)),
    (count: 256, usableSize: 4_096, expected: Array(0..<256)),
    (count: 300, usableSize: 4_096, expected: Array(0..<128) + Array(172..<300)),
    (count: 16, usableSize: 65_536, expected: Array(0..<16)),
    (count: 7_000, usableSize: 65_536, expected: Array(0..<8) + Array(6_992..<7_000)),
    (count: 7_000, usableSize: 65_528, expected: Array(0..<8) + Array(6_992..<7_000)),
    (count: 1, usableSize: 65_536, expected: [0]),
  ])
  func childrenRead(count: Int, usableSize: Int, expected: [Int]) {
    #expect(DamageCheck.childrenRead(count: count, usableSize: usableSize) == expected)
  }
}
