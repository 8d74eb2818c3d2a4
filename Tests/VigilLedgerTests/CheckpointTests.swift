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
    try rewriteChain(fixture.path, seq: 5, from: #""minutes":60"#, to: #""minutes":1200"#)
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

  /// Replaces text in one event's body and recomputes that event's hash and every link after it.
  private func rewriteChain(_ path: String, seq: Int, from old: String, to new: String) throws {
    let script = """
      import hashlib, sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
      for name, _ in triggers: db.execute(f"DROP TRIGGER {name}")
      previous = bytes(32)
      for seq, body in db.execute("SELECT seq, body FROM events ORDER BY seq").fetchall():
          if seq == int(sys.argv[2]): body = body.replace(sys.argv[3], sys.argv[4])
          event_hash = hashlib.sha256(body.encode()).hexdigest()
          link = hashlib.sha256(previous + bytes.fromhex(event_hash)).hexdigest()
          db.execute("UPDATE events SET body = ?, event_hash = ?, link = ? WHERE seq = ?", (body, event_hash, link, seq))
          previous = bytes.fromhex(link)
      for _, sql in triggers: db.execute(sql)
      db.commit()
      """
    let result = try CommandRunner.run("python3", ["-c", script, path, String(seq), old, new])
    #expect(result.status == 0, "\(result.error)")
  }
}
