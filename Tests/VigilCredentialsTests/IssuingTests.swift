import Foundation
import Testing
import VigilBase
import VigilCredentials
import VigilLedger
import VigilSigning
import VigilTestSupport

/// Issuing in the completion's transaction: one credential per license, stored once with a
/// `certificate.issued` event, carrying the checkpoint of the head that ends with the completion.
@Suite struct IssuingTests {
  /// An issuer that remembers the subjects the ledger gave it.
  private final class Recording: CertificateIssuer, @unchecked Sendable {
    let issuer: CredentialIssuer
    var subjects: [CertificateSubject] = []
    init(_ issuer: CredentialIssuer) { self.issuer = issuer }
    var checkpointSigner: any CheckpointSigner { issuer.checkpointSigner }
    func certificates(for subject: CertificateSubject) throws -> [NewCertificate] {
      subjects.append(subject)
      return try issuer.certificates(for: subject)
    }
  }

  @Test func oneCredentialPerLicenseEachWithItsBoardsCredit() throws {
    let directory = TemporaryDirectory()
    let (ledger, certificates, key) = try CredentialFixture.issued(
      in: directory, licenses: [CredentialFixture.texas, CredentialFixture.florida])
    #expect(certificates.count == 2)
    let number = try #require(certificates.first?.number)
    #expect(certificates.allSatisfy { $0.number == number })
    #expect(certificates.map(\.fileName) == ["\(number)-fl-bon-RN.jwt", "\(number)-tx-bon-RN.jwt"])
    let verifier = CertificateVerifier(
      keys: JWKSet(keys: [key.publicJWK]), ledger: ledger, now: CredentialFixture.later)
    let verdicts = try certificates.map { try verifier.verify($0.token) }
    #expect(verdicts.allSatisfy { $0.ledger == .holds(path: ledger.path) })
    // Texas accepts the ANCC approval (0.1 h); Florida accepts none of this course's approvals.
    let texas = try #require(verdicts.last?.claims)
    #expect(texas.license == "tx-bon:RN:123456" && texas.hoursText == "0.1" && !texas.isSample)
    #expect(texas.boardName == "Texas Board of Nursing" && texas.learnerName == "José Núñez")
    let florida = try #require(verdicts.first?.claims)
    #expect(florida.license == "fl-bon:RN:RN9876" && florida.hoursText == "0.0" && florida.credits.isEmpty)
    #expect(try ledger.verify(keys: JWKSet(keys: [key.publicJWK])).isIntact)
  }

  @Test func theCredentialCarriesTheCompletionsCheckpointAndItsClaimsAreReproducible() throws {
    let directory = TemporaryDirectory()
    let course = try CredentialFixture.course(example: false)
    let (ledger, attemptID) = try CredentialFixture.passedAttempt(in: directory, course: course)
    let issuer = Recording(
      CredentialIssuer(
        key: try CredentialFixture.fixedKey(), course: course, passPercent: 80, boards: try CredentialFixture.boards()))
    let completion = try ledger.complete(
      attemptID: attemptID, course: course, boards: try CredentialFixture.boards(),
      completedAt: CredentialFixture.completedAt, issuer: issuer)
    let certificate = try #require(try ledger.certificates(completionID: completion.id).first)
    let claims = try CredentialClaims(storedToken: certificate.token)
    #expect(claims.checkpoint == completion.checkpoint)
    let checkpoint = try Checkpoint(
      verifying: claims.checkpoint, against: JWKSet(keys: [try CredentialFixture.fixedKey().publicJWK]))
    // The checkpoint's head ends with the completion's events: the certificate's own event follows it.
    #expect(checkpoint.sequence + 1 == (try ledger.head())?.sequence)
    // Same completion, same claims: the stored token's payload is what the facts give, every time.
    let subject = try #require(issuer.subjects.first)
    let facts = try issuer.issuer.facts(for: subject)
    let payload = try #require(certificate.token.split(separator: ".").dropFirst().first)
    #expect(Base64URL.decode(payload) == (try OpenBadgeCredential(facts[0]).claims()))
    #expect(try issuer.issuer.facts(for: subject) == facts)
  }

  /// One issuer writes the members a course's credentials share once and keeps them: each credential
  /// it signs must still be byte for byte the credential of its facts written alone, when the next
  /// subject changes what those members are written from (title, approvals, provider address, quiz)
  /// and when it changes only what is the learner's.
  @Test func anIssuersKeptCourseMembersFollowEverySubject() throws {
    let directory = TemporaryDirectory()
    let course = try CredentialFixture.course(example: false)
    let (ledger, attemptID) = try CredentialFixture.passedAttempt(in: directory, course: course)
    let issuer = Recording(
      CredentialIssuer(
        key: try CredentialFixture.fixedKey(), course: course, passPercent: 80, boards: try CredentialFixture.boards()))
    try ledger.complete(
      attemptID: attemptID, course: course, boards: try CredentialFixture.boards(),
      completedAt: CredentialFixture.completedAt, issuer: issuer)
    let first = try #require(issuer.subjects.first)
    var variants = [first]
    func vary(_ change: (inout CertificateSubject) -> Void) {
      var next = variants[variants.count - 1]
      change(&next)
      variants.append(next)
    }
    vary { $0.snapshot.learnerName = "Zoë Ångström"; $0.learnerID += 1; $0.completionID += 1 }
    vary { $0.snapshot.courseTitle += " (revised)" }
    vary { $0.snapshot.approvals[0].statement += " Renewed." }
    vary { $0.snapshot.approvals[0].hundredthsOfHour += 25 }
    vary { $0.snapshot.providerWeb = nil }
    vary { $0.snapshot.providerWeb = "https://example.org/ce/" }
    vary { $0.percentBasisPoints = nil }
    vary { $0.percentBasisPoints = 9_950; $0.completionID = 131_073 }
    variants.append(first)
    for subject in variants {
      let issued = try issuer.issuer.certificates(for: subject)
      let alone = try issuer.issuer.facts(for: subject).map { try OpenBadgeCredential($0) }
      #expect(issued.map(\.credentialID) == alone.map(\.id))
      for (certificate, credential) in zip(issued, alone) {
        let payload = try #require(certificate.token.split(separator: ".").dropFirst().first)
        #expect(Base64URL.decode(payload) == (try credential.claims()), "\(subject.snapshot.courseTitle)")
      }
    }
  }

  @Test func issuingAgainReturnsTheStoredCertificateAndNeverSignsAgain() throws {
    let directory = TemporaryDirectory()
    let (ledger, certificates, key) = try CredentialFixture.issued(in: directory)
    let before = try ledger.head()
    let issuer = CredentialIssuer(
      key: key, course: try CredentialFixture.course(example: false), passPercent: 80,
      boards: try CredentialFixture.boards())
    let again = try ledger.issueCertificates(completionID: certificates[0].completionID, issuer: issuer)
    #expect(again == certificates, "the same tokens, byte for byte")
    #expect(try ledger.head() == before, "no event was added")
  }

  @Test func twoLicensesOfOneBoardAndTypeGetNumberedFileNames() throws {
    let directory = TemporaryDirectory()
    var second = CredentialFixture.texas
    second.number = "654321"
    let (_, certificates, _) = try CredentialFixture.issued(in: directory, licenses: [CredentialFixture.texas, second])
    let number = try #require(certificates.first?.number)
    #expect(certificates.map(\.fileName) == ["\(number)-tx-bon-RN.jwt", "\(number)-tx-bon-RN-2.jwt"])
    #expect(certificates.map { $0.license?.number } == ["123456", "654321"])
  }

  @Test func aLearnerWithoutALicenseGetsOneCertificateWithoutCredit() throws {
    let directory = TemporaryDirectory()
    let (_, certificates, _) = try CredentialFixture.issued(in: directory, licenses: [])
    let certificate = try #require(certificates.first)
    #expect(certificates.count == 1 && certificate.license == nil)
    #expect(certificate.fileName == "\(certificate.number).jwt")
  }

  @Test func aCourseWhoseApprovalsAreExamplesGivesASampleWithoutCredit() throws {
    let directory = TemporaryDirectory()
    let (ledger, certificates, key) = try CredentialFixture.issued(in: directory, example: true)
    let verdict = try CertificateVerifier(
      keys: JWKSet(keys: [key.publicJWK]), ledger: ledger, now: CredentialFixture.later
    )
    .verify(certificates[0].token)
    #expect(verdict.claims.isSample && verdict.claims.hundredthsEarned == 0 && verdict.claims.countedMinutes == 0)
    #expect(verdict.claims.name == "SAMPLE: Sample Minimal Course: Certificate of Completion (no real credit)")
    #expect(verdict.claims.credits.map(\.isSample) == [true])
  }

  @Test func aCheckpointAnotherKeySignedIsRefusedAndNothingIsRecorded() throws {
    let directory = TemporaryDirectory()
    let course = try CredentialFixture.course(example: false)
    let (ledger, attemptID) = try CredentialFixture.passedAttempt(in: directory, course: course)
    let signedByAnother = MismatchedIssuer(
      issuer: CredentialIssuer(
        key: try CredentialFixture.fixedKey(), course: course, passPercent: 80, boards: try CredentialFixture.boards()))
    let before = try ledger.head()
    let error = #expect(throws: LedgerError.self) {
      try ledger.complete(
        attemptID: attemptID, course: course, boards: try CredentialFixture.boards(),
        completedAt: CredentialFixture.completedAt, issuer: signedByAnother)
    }
    #expect(error?.code == .cannotIssue)
    #expect(error?.message.contains("is not signed by the current key") == true, "\(String(describing: error))")
    #expect(try ledger.head() == before, "the completion was not recorded either")
  }

  /// The issuer takes the checkpoint its own signer signed in the transaction as it is; any other one,
  /// even of the same key, it verifies: a changed one is refused.
  @Test func onlyTheCheckpointItSignedLastGoesUnverified() throws {
    let directory = TemporaryDirectory()
    let course = try CredentialFixture.course(example: false)
    let (ledger, attemptID) = try CredentialFixture.passedAttempt(in: directory, course: course)
    let key = try CredentialFixture.fixedKey()
    let issuer = Recording(CredentialIssuer(key: key, course: course, passPercent: 80, boards: try CredentialFixture.boards()))
    try ledger.complete(
      attemptID: attemptID, course: course, boards: try CredentialFixture.boards(),
      completedAt: CredentialFixture.completedAt, issuer: issuer)
    let subject = try #require(issuer.subjects.first)
    var elsewhere = subject
    elsewhere.checkpoint = try key.signCheckpoint(
      try Checkpoint(sequence: 1, link: String(repeating: "0", count: 64), signedAt: 1_801_445_400))
    #expect(try issuer.issuer.certificates(for: elsewhere).count == 1, "another checkpoint of the key verifies")
    var changed = subject
    let parts = subject.checkpoint.split(separator: ".")
    changed.checkpoint = parts[0] + "." + Base64URL.encode(Array(#"{"link":"\#(String(repeating: "1", count: 64))","sequence":9}"#.utf8)) + "." + parts[2]
    CredentialFixture.expectError(.cannotIssue, containing: "is not signed by the current key") {
      try issuer.issuer.certificates(for: changed)
    }
  }

  @Test func theFilesArePrivateCopiesOfTheTokens() throws {
    let directory = TemporaryDirectory()
    let (_, certificates, _) = try CredentialFixture.issued(in: directory)
    let folder = CertificateFolder(home: VigilHome(path: directory.path))
    let paths = try folder.write(certificates)
    #expect(paths == [directory.appending("certificates/\(certificates[0].fileName)")])
    #expect(try String(contentsOfFile: paths[0], encoding: .utf8) == certificates[0].token)
    let mode = { (path: String) in
      ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int ?? 0) & 0o777
    }
    #expect(mode(folder.path) == 0o700 && mode(paths[0]) == 0o600)
    // Written again, a changed file is put back.
    try Data("changed".utf8).write(to: URL(fileURLWithPath: paths[0]))
    _ = try folder.write(certificates)
    #expect(try String(contentsOfFile: paths[0], encoding: .utf8) == certificates[0].token)
  }
}

/// An issuer whose checkpoint key is not the key that signs the certificates.
private struct MismatchedIssuer: CertificateIssuer {
  let issuer: CredentialIssuer
  let other = SigningKey.generate()
  var checkpointSigner: any CheckpointSigner { other }
  func certificates(for subject: CertificateSubject) throws -> [NewCertificate] {
    try issuer.certificates(for: subject)
  }
}
