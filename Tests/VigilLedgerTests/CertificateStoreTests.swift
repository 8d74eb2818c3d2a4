import Foundation
import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilGrading
import VigilLedger
import VigilSigning
import VigilTestSupport

/// The `certificates` table (migration `v2-certificates`): stored in the completion's transaction,
/// each with a `certificate.issued` event the chain verifier checks, issued once.
@Suite struct CertificateStoreTests {
  /// Signs a stand-in token per license (the real credential is VigilCredentials' business).
  private struct TestIssuer: CertificateIssuer {
    let key: SigningKey
    var number = "VC-0000-0000-0000"
    var license: LicenseKey?
    /// The key the tokens are signed with, when not `key`.
    var tokenKey: SigningKey?
    var checkpointSigner: any CheckpointSigner { key }

    func certificates(for subject: CertificateSubject) throws -> [NewCertificate] {
      try subject.licenses.map { entry in
        let name = license ?? entry.license
        return NewCertificate(
          number: number, license: name, credentialID: "urn:test:\(subject.completionID)/\(name)",
          fileName: "\(number)-\(name.board)-\(name.type).jwt",
          token: try (tokenKey ?? key).sign(
            payload: Array("{\"license\":\"\(name)\",\"minutes\":\(entry.credits.map(\.minutes))}".utf8), type: "JWT"))
      }
    }
  }

  private static func course() throws -> Course {
    let (package, _) = try CoursePackageReader().read(packageAt: Repository.frozenCourse)
    return try #require(package).course
  }

  /// A learner with a Texas license and a passed attempt at the real course.
  private func passedAttempt(_ ledger: Ledger) throws -> Int64 {
    let course = try Self.course()
    let ana = try ledger.addLearner(name: "Ana Díaz")
    try ledger.addLicense(LedgerFixture.profile("111"), learnerID: ana.id)
    let attempt = try ledger.startAttempt(
      NewAttempt(
        learnerID: ana.id, courseID: course.id, courseVersion: course.version, contentDigest: "sha256:test",
        attempt: RealisedAttempt(quizID: "final", seed: 1, questions: []),
        startedAt: Timestamp(secondsSinceEpoch: 1_801_000_000), timeZone: "America/Chicago"))
    return try ledger.finishAttempt(
      id: attempt.id, grade: LedgerFixture.grade(), finishedAt: Timestamp(secondsSinceEpoch: 1_801_001_000)
    ).id
  }

  private func complete(_ ledger: Ledger, _ attemptID: Int64, issuer: (any CertificateIssuer)?) throws -> Completion {
    try ledger.complete(
      attemptID: attemptID, course: try Self.course(), boards: try BoardReader().boards(at: Repository.path("Boards")),
      completedAt: Timestamp(secondsSinceEpoch: 1_801_445_400), issuer: issuer)
  }

  @Test func certificatesAreStoredWithTheirEventsAndIssuedOnce() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let issuer = TestIssuer(key: SigningKey.generate())
    let completion = try complete(ledger, try passedAttempt(ledger), issuer: issuer)
    let stored = try ledger.certificates(completionID: completion.id)
    #expect(stored.map(\.fileName) == ["VC-0000-0000-0000-tx-bon-RN.jwt"])
    #expect(stored.first?.license?.description == "tx-bon:RN:111")
    #expect(try ledger.certificates(number: "VC-0000-0000-0000") == stored)
    #expect(try ledger.certificates(learnerID: completion.learnerID) == stored)
    #expect(try ledger.certificate(credentialID: "urn:test:\(completion.id)/tx-bon:RN:111") == stored.first)
    let kinds = try fixture.sqlite("SELECT kind FROM events ORDER BY seq DESC LIMIT 1")
    #expect(kinds == "certificate.issued/1\n")
    let keys = JWKSet(keys: [issuer.key.publicJWK])
    #expect(try ledger.verify(keys: keys).isIntact)
    // Issuing again returns what is stored; a second issuer's key is never asked to sign.
    let again = try ledger.issueCertificates(
      completionID: completion.id, issuer: TestIssuer(key: SigningKey.generate()))
    #expect(again == stored)
    #expect(try ledger.verify(keys: keys).isIntact)
  }

  @Test func theVerifierFindsACertificateChangedAddedOrRemovedBehindTheLedgersBack() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let issuer = TestIssuer(key: SigningKey.generate())
    let completion = try complete(ledger, try passedAttempt(ledger), issuer: issuer)
    let token = try #require(try ledger.certificates(completionID: completion.id).first).token
    try fixture.tamper("UPDATE certificates SET token = '\(token.dropLast(2))AA' WHERE id = 1")
    let changed = try ledger.verify().problem
    #expect(changed?.table == "certificates" && changed?.reason.contains("changed behind the ledger's back") == true)
    try fixture.tamper("UPDATE certificates SET token = '\(token)' WHERE id = 1")
    #expect(try ledger.verify().isIntact)

    // Signed again with another key, and the row and event rewritten to match: the chain holds, the
    // signature does not verify with the provider's keys.
    try fixture.tamper(
      "INSERT INTO certificates (number, completion_id, license_id, credential_id, file_name, token) "
        + "VALUES ('VC-0000-0000-0000', \(completion.id), NULL, 'urn:test:extra', 'VC-0000-0000-0000.jwt', '\(token)')")
    let added = try ledger.verify().problem
    #expect(added?.reason.contains("it has no event in the chain") == true, "\(String(describing: added))")
    try fixture.tamper("DELETE FROM certificates")
    let removed = try ledger.verify().problem
    #expect(
      removed?.table == "certificates" && removed?.reason.contains("is missing") == true,
      "\(String(describing: removed))")
  }

  @Test func aTokenTheProvidersKeysDoNotVerifyIsFound() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let provider = SigningKey.generate()
    let stranger = SigningKey.generate()
    _ = try complete(ledger, try passedAttempt(ledger), issuer: TestIssuer(key: provider, tokenKey: stranger))
    let problem = try ledger.verify(keys: JWKSet(keys: [provider.publicJWK])).problem
    #expect(problem?.table == "certificates" && problem?.rowID == 1)
    #expect(problem?.reason.contains("its token's signature does not verify with the provider's keys") == true)
    #expect(try ledger.verify(keys: JWKSet(keys: [provider.publicJWK, stranger.publicJWK])).isIntact)
  }

  @Test func aCompletionWithoutACheckpointOrATimeGetsNoCertificate() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let completion = try complete(ledger, try passedAttempt(ledger), issuer: nil)
    let issuer = TestIssuer(key: SigningKey.generate())
    let noCheckpoint = #expect(throws: LedgerError.self) {
      try ledger.issueCertificates(completionID: completion.id, issuer: issuer)
    }
    #expect(noCheckpoint?.code == .cannotIssue)
    #expect(noCheckpoint?.message.contains("has no signed checkpoint") == true)
    let imported = try ledger.recordCompletion(LedgerFixture.completion(learnerID: completion.learnerID), credits: [])
    let noTime = #expect(throws: LedgerError.self) {
      try ledger.issueCertificates(completionID: imported.id, issuer: issuer)
    }
    #expect(noTime?.message.contains("was recorded without the time it was completed") == true)
    #expect(try ledger.certificates().isEmpty)
  }

  @Test func anIssuerNamingAnotherLearnersLicenseOrABadNumberStoresNothing() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let other = try ledger.addLearner(name: "Ben")
    let bens = try ledger.addLicense(LedgerFixture.profile("999"), learnerID: other.id)
    let attempt = try passedAttempt(ledger)
    let before = try ledger.head()
    for issuer in [
      TestIssuer(key: SigningKey.generate(), license: bens.key), TestIssuer(key: SigningKey.generate(), number: "VC-1"),
    ] {
      let error = #expect(throws: LedgerError.self) { try complete(ledger, attempt, issuer: issuer) }
      #expect(error?.code == .cannotIssue, "\(String(describing: error))")
    }
    #expect(try ledger.head() == before, "neither the completion nor a certificate was recorded")
  }
}
