import Testing

@testable import VigilCredentials

/// The keyed permutation behind certificate numbers and status-list indexes stays a bijection whatever
/// its width: every value of the domain is the image of exactly one.
@Suite struct NumberPermutationTests {
  private static let ledgerID = "3f1c2a9e-7b4d-4e21-9c0a-5d6e7f8a9b10"

  @Test(arguments: [3, 5, 9, 13])
  func aSmallPermutationIsABijection(bits: Int) {
    let permutation = NumberPermutation(label: "test:", ledgerID: Self.ledgerID, bits: bits)
    let domain = (0..<(UInt64(1) << bits)).map { $0 }
    let images: Set<UInt64> = Set(domain.map { permutation.apply($0) })
    #expect(images == Set(domain))
  }

  @Test func theStatusIndexesAreABijectionOnSeventeenBits() {
    let permutation = StatusListEntry.permutation(ledgerID: Self.ledgerID)
    var seen = [Bool](repeating: false, count: 1 << 17)
    var outOfRange = 0
    for value in 0..<(1 << 17) {
      let image = Int(permutation.apply(UInt64(value)))
      if image >= 1 << 17 { outOfRange += 1 } else { seen[image] = true }
    }
    #expect(outOfRange == 0)
    #expect(seen.allSatisfy { $0 })
  }

  @Test func anotherLedgerOrLabelPermutesOtherwise() {
    let values = (0..<64).map(UInt64.init)
    let numbers = NumberPermutation(ledgerID: Self.ledgerID)
    let other = NumberPermutation(ledgerID: "0b6d3f2e-1111-4222-8333-444455556666")
    let relabelled = NumberPermutation(label: "vigil-status-index:", ledgerID: Self.ledgerID, bits: 55)
    #expect(values.map(numbers.apply) != values.map(other.apply))
    #expect(values.map(numbers.apply) != values.map(relabelled.apply))
  }
}
