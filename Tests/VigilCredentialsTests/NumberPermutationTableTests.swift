import Testing

@testable import VigilCredentials

/// `NumberPermutation.tabulated()`: the round function computed ahead gives the permutation the hashed
/// one gives, and stays a bijection on the status indexes' 17 bits.
@Suite struct NumberPermutationTableTests {
  private static let ledgerID = "3f1c2a9e-7b4d-4e21-9c0a-5d6e7f8a9b10"

  @Test func theTableGivesWhatHashingGives() {
    let hashed = StatusListEntry.permutation(ledgerID: Self.ledgerID)
    let table = hashed.tabulated()
    var differing: [Int] = []
    for value in stride(from: 0, to: 1 << 17, by: 7) where table.apply(UInt64(value)) != hashed.apply(UInt64(value)) {
      differing.append(value)
    }
    #expect(differing.isEmpty)
  }

  @Test func theTabulatedStatusPermutationIsABijection() {
    let table = StatusListEntry.permutation(ledgerID: Self.ledgerID).tabulated()
    var seen = [Bool](repeating: false, count: 1 << 17)
    var outOfRange = 0
    for value in 0..<(1 << 17) {
      let image = Int(table.apply(UInt64(value)))
      if image >= 1 << 17 { outOfRange += 1 } else { seen[image] = true }
    }
    #expect(outOfRange == 0)
    #expect(seen.allSatisfy { $0 })
  }

  @Test func certificateNumbersKeepHashing() {
    let hashed = NumberPermutation(ledgerID: Self.ledgerID)
    let tabulated = hashed.tabulated()
    for value: UInt64 in [0, 1, 2, 1 << 40, (1 << 55) - 1] { #expect(tabulated.apply(value) == hashed.apply(value)) }
  }
}
