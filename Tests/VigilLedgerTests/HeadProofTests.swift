import Testing
import VigilLedger

/// The proof that a head extends another, folded one event hash at a time; the expected links were
/// computed with Python's hashlib (`BoardFixture.links`).
@Suite struct HeadProofTests {
  @Test func foldingFromTheStartReachesEachHead() throws {
    var proof = HeadProof(from: nil)
    #expect(proof.reached == nil)
    for (index, hash) in BoardFixture.eventHashes.enumerated() {
      try proof.append(eventHash: hash)
      #expect(proof.reached == BoardFixture.head(Int64(index + 1)))
    }
    #expect(proof.count == 4)
  }

  @Test func foldingFromAHeadContinuesItsChain() throws {
    let proof = try HeadProof(from: BoardFixture.head(2), eventHashes: BoardFixture.eventHashes[2...])
    #expect(proof.reached == BoardFixture.head(4))
    #expect(HeadProof(from: BoardFixture.head(2)).reached == BoardFixture.head(2))
  }

  @Test(arguments: ["", "ABCDEF", String(repeating: "g", count: 64), String(repeating: "A", count: 64)])
  func aHashThatIsNotLowercaseHexIsRefused(hash: String) {
    var proof = HeadProof(from: nil)
    #expect(throws: LedgerError.self) { try proof.append(eventHash: hash) }
    #expect(proof.count == 0)
  }
}
