import Foundation
import Testing
import VigilLedger
import VigilSigning
import VigilTestSupport

/// Signed checkpoints anchor the chain outside the file: someone who can write the ledger can recompute
/// every hash and pass a plain verify, but not re-sign the provider's checkpoints or change the heads
/// that certificates and batches already carry.
@Suite struct CheckpointTests {
  private let key = SigningKey.generate()

  private func ledger(_ fixture: LedgerFixture) throws -> Ledger {
    try Ledger(path: fixture.path, mode: .create, clock: { 1_780_000_000 }, signer: key)
  }

  /// Two completions, each ending with a checkpoint.
  private func populated() throws -> (LedgerFixture, [Completion]) {
    let fixture = LedgerFixture()
    let ledger = try ledger(fixture)
    let ana = try ledger.addLearner(name: "Ana Ruiz")
    let license = try ledger.addLicense(LedgerFixture.profile(), learnerID: ana.id)
    let completions = try ["2026-03-02", "2026-04-02"].map { day in
      try ledger.recordCompletion(
        LedgerFixture.completion(learnerID: ana.id, on: day),
        credits: [LicenseCredits(license: license.key, credits: [LedgerFixture.credit(on: day)])])
    }
    return (fixture, completions)
  }

  @Test func eachCompletionEndsWithASignedCheckpointOfTheHead() throws {
    let (fixture, completions) = try populated()
    let keys = JWKSet(keys: [key.publicJWK])
    // Events: 1 ledger, 2 learner, 3 license, 4–5 the first completion and credit, 6–7 the second.
    let first = try Checkpoint(verifying: try #require(completions[0].checkpoint), against: keys)
    let second = try Checkpoint(verifying: try #require(completions[1].checkpoint), against: keys)
    #expect(first.sequence == 5 && second.sequence == 7)
    let links = try fixture.sqlite("SELECT link FROM events WHERE seq IN (5, 7) ORDER BY seq").split(separator: "\n")
    #expect([first.link, second.link] == links.map(String.init))
    #expect(try fixture.open(mode: .existing).verify(keys: keys).isIntact)
    #expect(try fixture.open(mode: .existing).completion(id: 1).checkpoint == completions[0].checkpoint)
  }

  @Test func aCheckpointSignedByAnotherKeyIsNamed() throws {
    let (fixture, _) = try populated()
    let others = JWKSet(keys: [SigningKey.generate().publicJWK])
    let problem = try #require(try fixture.open(mode: .existing).verify(keys: others).problem)
    #expect(problem.table == "checkpoints" && problem.rowID == 5)
    #expect(problem.reason.hasPrefix("its signature does not verify with the provider's keys"))
  }

  @Test func aRewrittenHistoryPassesAPlainVerifyButNotItsCheckpointsOrAHeadKeptElsewhere() throws {
    let (fixture, completions) = try populated()
    let keys = JWKSet(keys: [key.publicJWK])
    let signed = try Checkpoint(verifying: try #require(completions[0].checkpoint), against: keys)
    // The forger turns the first credit's 60 minutes into 1200 and recomputes every hash and link
    // (Python's hashlib), as anyone who can write the file can.
    try fixture.tamper("UPDATE credits SET minutes = 1200 WHERE id = 1")
    try fixture.rewriteChain(seq: 5, replacing: #""minutes":60"#, with: #""minutes":1200"#)
    // Its old checkpoints still name the old links.
    let problem = try #require(try fixture.open(mode: .existing).verify().problem)
    #expect(problem.table == "checkpoints" && problem.rowID == 5)
    #expect(problem.reason == "it signs a link event 5 no longer has: the history was rewritten after it was signed")
    // Without its key the forger cannot re-sign them, only delete them: then a plain verify passes…
    try fixture.tamper("DELETE FROM checkpoints")
    #expect(try fixture.open(mode: .existing).verify().isIntact)
    // …but the head a certificate or batch already carries exposes the rewrite.
    let head = ChainHead(sequence: signed.sequence, link: signed.link)
    let exposed = try #require(try fixture.open(mode: .existing).verify(since: head).problem)
    #expect(exposed.table == "events" && exposed.rowID == 5)
    #expect(exposed.reason.hasPrefix("its link is not the one of the head \(head) given"))
  }
}
