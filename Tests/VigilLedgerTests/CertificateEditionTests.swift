import Foundation
import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilGrading
import VigilLedger
import VigilSigning
import VigilTestSupport

/// Re-issuing a certificate after a corrected name (`certificate.reissued/1` and
/// `certificate.superseded/1`, no table): one transaction, idempotent, refused when nothing changed or
/// the certificate was revoked; each completion's editions read back with their status; the chain
/// verifier and the auditor's script find a forged supersession.
@Suite struct CertificateEditionTests {
  /// Signs a stand-in token per license (the real credential is VigilCredentials' business).
  private struct StandInIssuer: CertificateIssuer {
    let key: SigningKey
    var checkpointSigner: any CheckpointSigner { key }

    func certificates(for subject: CertificateSubject) throws -> [NewCertificate] {
      try subject.licenses.map { entry in
        NewCertificate(
          number: "VC-0000-0000-0000", license: entry.license, credentialID: "urn:test:\(subject.completionID)/1",
          fileName: "VC-0000-0000-0000-\(entry.license.board)-\(entry.license.type).jwt",
          token: try key.sign(payload: Array(#"{"name":"\#(subject.snapshot.learnerName)"}"#.utf8), type: "JWT"))
      }
    }
  }

  /// Re-issues a stand-in token per superseded credential, and keeps the subjects it was given.
  private final class StandInReissuer: CertificateReissuer, @unchecked Sendable {
    let key: SigningKey
    var number: String
    var failsAfterSigning = false
    var dropsALicense = false
    var subjects: [CertificateSubject] = []
    var checkpointSigner: any CheckpointSigner { key }

    init(key: SigningKey, number: String = "VC-0000-0000-001Y") {
      self.key = key
      self.number = number
    }

    struct Failure: Error {}

    func certificates(reissuing superseded: [Certificate], for subject: CertificateSubject) throws -> [NewCertificate] {
      subjects.append(subject)
      let made = try superseded.map { old in
        NewCertificate(
          number: number, license: dropsALicense ? nil : old.license,
          credentialID: "urn:test:\(subject.completionID)/\(subject.edition)",
          fileName: "\(number)-\(old.license?.board ?? "x")-\(old.license?.type ?? "x").jwt",
          token: try key.sign(payload: Array(#"{"name":"\#(subject.snapshot.learnerName)"}"#.utf8), type: "JWT"))
      }
      if failsAfterSigning { throw Failure() }
      return made
    }
  }

  /// A ledger where Ana Díaz (tx-bon:RN:111) completed the real course with a certificate
  /// `VC-0000-0000-0000`; the ledger, the completion's id and the provider's key.
  private func certified(_ fixture: LedgerFixture) throws -> (ledger: Ledger, completionID: Int64, key: SigningKey) {
    let ledger = try fixture.open()
    let (package, _) = try CoursePackageReader().read(packageAt: Repository.frozenCourse)
    let course = try #require(package).course
    let ana = try ledger.addLearner(name: "Ana Díaz")
    try ledger.addLicense(LedgerFixture.profile("111"), learnerID: ana.id)
    let attempt = try ledger.startAttempt(
      NewAttempt(
        learnerID: ana.id, courseID: course.id, courseVersion: course.version, contentDigest: "sha256:test",
        attempt: RealisedAttempt(quizID: "final", seed: 1, questions: []),
        startedAt: Timestamp(secondsSinceEpoch: 1_779_999_000), timeZone: "America/Chicago"))
    try ledger.finishAttempt(
      id: attempt.id, grade: LedgerFixture.grade(), finishedAt: Timestamp(secondsSinceEpoch: 1_779_999_500))
    let key = SigningKey.generate()
    let completion = try ledger.complete(
      attemptID: attempt.id, course: course, boards: try BoardReader().boards(at: Repository.path("Boards")),
      completedAt: Timestamp(secondsSinceEpoch: 1_779_999_600), issuer: StandInIssuer(key: key))
    return (ledger, completion.id, key)
  }

  @Test func aReissueRecordsTheNextEditionAndSupersedesTheOldNumber() throws {
    let fixture = LedgerFixture()
    let (ledger, completionID, key) = try certified(fixture)
    try ledger.updateLearner(id: 1, name: "Ana María Díaz")
    let head = try #require(try ledger.head())
    let reissuer = StandInReissuer(key: key)
    let reissue = try ledger.reissueCertificate(number: "VC-0000-0000-0000", reissuer: reissuer)
    #expect(reissue.superseded == "VC-0000-0000-0000" && reissue.number == "VC-0000-0000-001Y")
    #expect(reissue.edition == 2 && reissue.isNew && reissue.credentials.map(\.edition) == [2])
    #expect(reissue.credentials.map(\.license?.description) == ["tx-bon:RN:111"])

    // What the reissuer was given: the corrected name, the next edition, the number it supersedes,
    // and a checkpoint of the head before the re-issue, signed now.
    let subject = try #require(reissuer.subjects.first)
    #expect(subject.snapshot.learnerName == "Ana María Díaz" && subject.edition == 2)
    #expect(
      subject.supersedes == "VC-0000-0000-0000" && subject.licenses.map(\.license.description) == ["tx-bon:RN:111"])
    let checkpoint = try Checkpoint(verifying: subject.checkpoint, against: JWKSet(keys: [key.publicJWK]))
    #expect(ChainHead(sequence: checkpoint.sequence, link: checkpoint.link) == head)

    let editions = try ledger.certificateEditions(completionID: completionID)
    #expect(editions.map(\.number) == ["VC-0000-0000-0000", "VC-0000-0000-001Y"])
    #expect(editions.map(\.edition) == [1, 2] && editions.map(\.supersedes) == [nil, "VC-0000-0000-0000"])
    #expect(editions.map(\.learnerName) == ["Ana Díaz", "Ana María Díaz"])
    #expect(editions.map(\.status) == [.superseded(by: "VC-0000-0000-001Y", at: 1_780_000_000), .active])
    #expect(try ledger.certificateEdition(number: "VC-0000-0000-001Y") == editions[1])
    #expect(try ledger.certificates(completionID: completionID).count == 2)
    #expect(try ledger.certificate(credentialID: "urn:test:\(completionID)/2") == reissue.credentials.first)
    #expect(
      try ledger.supersessions() == [
        Supersession(
          number: "VC-0000-0000-0000", supersededBy: "VC-0000-0000-001Y", completionID: completionID,
          supersededAt: 1_780_000_000)
      ])
    let kinds = try fixture.sqlite("SELECT kind FROM events ORDER BY seq DESC LIMIT 2")
    #expect(kinds == "certificate.superseded/1\ncertificate.reissued/1\n")
    let report = try ledger.verify(keys: JWKSet(keys: [key.publicJWK]))
    #expect(report.isIntact, "\(String(describing: report.problem))")
    if CommandRunner.isInstalled("python3") {
      let audit = try CommandRunner.run("python3", [Repository.path("scripts/audit-ledger.py"), fixture.path])
      #expect(audit.status == 0 && audit.output.hasPrefix("audit: "), "\(audit.output)")
    }
  }

  @Test func aRetryChangesNothingAndTheSameNameIsRefused() throws {
    let fixture = LedgerFixture()
    let (ledger, _, key) = try certified(fixture)
    let unchanged = #expect(throws: LedgerError.self) {
      try ledger.reissueCertificate(number: "VC-0000-0000-0000", reissuer: StandInReissuer(key: key))
    }
    #expect(unchanged?.code == .unchanged && unchanged?.message.contains("already prints the learner's name") == true)
    try ledger.updateLearner(id: 1, name: "Ana María Díaz")
    let first = try ledger.reissueCertificate(number: "VC-0000-0000-0000", reissuer: StandInReissuer(key: key))
    let head = try ledger.head()
    let retry = StandInReissuer(key: key, number: "VC-0000-0000-010Z")
    let again = try ledger.reissueCertificate(number: "VC-0000-0000-0000", reissuer: retry)
    #expect(!again.isNew && again.number == first.number && again.credentials == first.credentials)
    #expect(retry.subjects.isEmpty, "a retry signs nothing")
    #expect(try ledger.head() == head)
    let current = #expect(throws: LedgerError.self) {
      try ledger.reissueCertificate(number: first.number, reissuer: retry)
    }
    #expect(current?.code == .unchanged)

    // A second correction supersedes the second edition; the first is then two editions behind.
    try ledger.updateLearner(id: 1, name: "Ana María Díaz Ruiz")
    let behind = #expect(throws: LedgerError.self) {
      try ledger.reissueCertificate(number: "VC-0000-0000-0000", reissuer: retry)
    }
    #expect(behind?.code == .superseded && behind?.message.contains("re-issue that one") == true)
    let third = try ledger.reissueCertificate(number: first.number, reissuer: retry)
    #expect(third.edition == 3 && third.superseded == first.number && third.number == "VC-0000-0000-010Z")
    #expect(retry.subjects.first?.supersedes == first.number)
    #expect(try ledger.verify().isIntact)
  }

  /// Kill safety is the ledger's transaction: a reissuer that fails after signing, or makes other
  /// credentials than the ones superseded, leaves no event and no checkpoint behind.
  @Test func aFailedReissueRecordsNothing() throws {
    let fixture = LedgerFixture()
    let (ledger, _, key) = try certified(fixture)
    try ledger.updateLearner(id: 1, name: "Ana María Díaz")
    let before = try fixture.sqlite("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM checkpoints)")
    let failing = StandInReissuer(key: key)
    failing.failsAfterSigning = true
    let wrongLicense = StandInReissuer(key: key)
    wrongLicense.dropsALicense = true
    for reissuer in [failing, wrongLicense, StandInReissuer(key: key, number: "VC-0000-0000-0000")] {
      let error = #expect(throws: LedgerError.self) {
        try ledger.reissueCertificate(number: "VC-0000-0000-0000", reissuer: reissuer)
      }
      #expect(error?.code == .cannotIssue, "\(String(describing: error))")
    }
    #expect(try fixture.sqlite("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM checkpoints)") == before)
    #expect(try ledger.certificateEditions(completionID: 1).map(\.status) == [.active])
  }

  @Test func aRevokedCertificateIsNotReissuedAndASupersededOneIsNotRevoked() throws {
    let fixture = LedgerFixture()
    let (ledger, completionID, key) = try certified(fixture)
    try ledger.updateLearner(id: 1, name: "Ana María Díaz")
    let reissue = try ledger.reissueCertificate(number: "VC-0000-0000-0000", reissuer: StandInReissuer(key: key))
    let revokeOld = #expect(throws: LedgerError.self) {
      try ledger.revokeCertificate(number: "VC-0000-0000-0000", reason: "fraud")
    }
    #expect(revokeOld?.code == .superseded && revokeOld?.message.contains("revoke \(reissue.number)") == true)
    try ledger.revokeCertificate(number: reissue.number, reason: "fraud")
    #expect(
      try ledger.certificateEdition(number: reissue.number)?.status == .revoked(reason: "fraud", at: 1_780_000_000))
    try ledger.updateLearner(id: 1, name: "Ana María Díaz Ruiz")
    for number in ["VC-0000-0000-0000", reissue.number] {
      let refused = #expect(throws: LedgerError.self) {
        try ledger.reissueCertificate(number: number, reissuer: StandInReissuer(key: key, number: "VC-0000-0000-010Z"))
      }
      #expect(refused?.code == .revoked && refused?.message.contains("a revoked certificate is not re-issued") == true)
    }
    #expect(try ledger.certificateEditions(completionID: completionID).count == 2)
    #expect(try ledger.verify().isIntact)
  }

  /// Someone who can write the file appends events with correct hashes and links (computed in Python,
  /// independently of the ledger's code): the chain holds, but what the events say does not.
  @Test(
    .enabled(if: CommandRunner.isInstalled("python3")),
    arguments: [
      (
        #"{"completion":1,"number":"VC-0000-0000-0000","supersededAt":1780000000,"supersededBy":"VC-ZZZZ-ZZZZ-ZZZ0"}"#,
        "certificate.superseded/1", "supersession/VC-0000-0000-0000",
        "it names VC-ZZZZ-ZZZZ-ZZZ0 as the successor of VC-0000-0000-0000, which was not re-issued for it"
      ),
      (
        #"{"completion":1,"credential":"urn:forged","edition":3,"file":"VC-ZZZZ-ZZZZ-ZZZ0.jwt","learnerName":"Mallory","license":null,"number":"VC-ZZZZ-ZZZZ-ZZZ0","supersedes":"VC-0000-0000-0000","token":"a.b.c"}"#,
        "certificate.reissued/1", "reissue/urn:forged",
        "it supersedes VC-0000-0000-0000, which is not edition 2 of completion 1"
      ),
      (
        #"{"completion":1,"credential":"urn:forged","edition":2,"file":"VC-ZZZZ-ZZZZ-ZZZ0.jwt","learnerName":"Mallory","license":null,"number":"VC-ZZZZ-ZZZZ-ZZZ0","supersedes":"VC-0000-0000-0000","token":"a.b.c"}"#,
        "certificate.reissued/1", "reissue/urn:forged",
        "certificate VC-ZZZZ-ZZZZ-ZZZ0 was re-issued for VC-0000-0000-0000, which no certificate.superseded event replaces"
      ),
    ])
  func aForgedCertificateEventIsFoundByTheVerifierAndTheAuditor(data: String, kind: String, key: String, reason: String)
    throws
  {
    let fixture = LedgerFixture()
    let (ledger, _, _) = try certified(fixture)
    let forge = #"""
      import hashlib, json, sqlite3, sys
      path, kind, key, data = sys.argv[1:]
      db = sqlite3.connect(path)
      seq, link = db.execute("SELECT seq, link FROM events ORDER BY seq DESC LIMIT 1").fetchone()
      body = json.dumps({"at": 1780000000, "data": json.loads(data), "key": key, "kind": kind, "seq": seq + 1,
                         "stream": "completion/1"}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
      event_hash = hashlib.sha256(body.encode()).hexdigest()
      new_link = hashlib.sha256(bytes.fromhex(link) + bytes.fromhex(event_hash)).hexdigest()
      db.execute("INSERT INTO events VALUES (?, 'completion/1', ?, ?, 1780000000, ?, ?, ?)",
                 (seq + 1, kind, key, body, event_hash, new_link))
      db.commit()
      """#
    let forged = try CommandRunner.run("python3", ["-c", forge, fixture.path, kind, key, data])
    #expect(forged.status == 0, "\(forged.error)")
    let problem = try #require(try ledger.verify().problem)
    #expect(problem.reason == reason, "\(problem)")
    let audit = try CommandRunner.run("python3", [Repository.path("scripts/audit-ledger.py"), fixture.path])
    #expect(audit.status == 1 && audit.output.contains(reason), "\(audit.output)")
  }
}
