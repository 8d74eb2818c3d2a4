import Testing
import VigilGrading

/// Reference values from an independent Python 3 implementation of the published algorithm
/// (Vigna's splitmix64.c); seed 0 starts with Vigna's well-known 0xE220A8397B1DCDAF:
///
///     M = (1 << 64) - 1
///     def splitmix(s):
///         while True:
///             s = (s + 0x9E3779B97F4A7C15) & M
///             z = s
///             z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
///             z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
///             yield z ^ (z >> 31)
@Suite("SplitMix64 generator")
struct SplitMix64Tests {
  @Test(
    "golden outputs",
    arguments: [
      (
        UInt64(0),
        [
          0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F, 0xF88B_B8A8_724C_81EC,
          0x1B39_896A_51A8_749B,
        ]
      ),
      (
        42,
        [
          0xBDD7_3226_2FEB_6E95, 0x28EF_E333_B266_F103, 0x4752_6757_130F_9F52, 0x581C_E1FF_0E4A_E394,
          0x09BC_585A_2448_23F2,
        ]
      ),
    ] as [(UInt64, [UInt64])])
  func golden(seed: UInt64, expected: [UInt64]) {
    var generator = SplitMix64(seed: seed)
    #expect((0..<5).map { _ in generator.next() } == expected)
  }

  /// Lemire's bounded draw: high word of next() × bound (Python: (x * n) >> 64).
  @Test func boundedDrawsAreHighWords() {
    var generator = SplitMix64(seed: 42)
    // 0xBDD732262FEB6E95 * 10 >> 64 = 7; 0x28EFE333B266F103 * 10 >> 64 = 1; 0x4752…* 6 >> 64 = 1.
    #expect(generator.nextIndex(below: 10) == 7)
    #expect(generator.nextIndex(below: 10) == 1)
    #expect(generator.nextIndex(below: 6) == 1)
  }

  @Test func shuffleKeepsFixedElementsInPlace() {
    var generator = SplitMix64(seed: 3)
    var values = Array(0..<10)
    generator.shuffle(&values) { $0 % 3 == 0 }
    #expect(values[0] == 0 && values[3] == 3 && values[6] == 6 && values[9] == 9)
    #expect(values.sorted() == Array(0..<10))
  }

  @Test func chooseDrawsDistinctSortedPositions() {
    var generator = SplitMix64(seed: 9)
    let chosen = generator.choose(4, from: 10)
    #expect(chosen.count == 4)
    #expect(chosen == chosen.sorted())
    #expect(Set(chosen).count == 4)
    #expect(chosen.allSatisfy { (0..<10).contains($0) })
  }
}
