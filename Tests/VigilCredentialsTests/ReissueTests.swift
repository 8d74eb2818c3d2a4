import Foundation
import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilCredentials
import VigilLedger
import VigilSigning
import VigilTestSupport

/// Re-issuing after a corrected name: the completion's next edition under its own number, whose
/// credentials differ from the superseded ones only in what the correction changes, verify, and name the
/// old number; the old number is refused as superseded by the home's ledger and by the status list.
@Suite struct ReissueTests {
  private let directory = TemporaryDirectory()

  /// A certificate issued to José Núñez, then his name corrected to José Núñez Pérez.
  private func corrected(licenses: [LicenseProfile] = [CredentialFixture.texas]) throws -> (
    ledger: Ledger, old: [Certificate], key: SigningKey
  ) {
    let (ledger, certificates, key) = try CredentialFixture.issued(in: directory, licenses: licenses)
    try ledger.updateLearner(id: 1, name: "José Núñez Pérez")
    return (ledger, certificates, key)
  }

  /// A token's payload as a JSON object.
  private func payload(_ token: String) throws -> [String: Any] {
    let part = String(token.split(separator: ".")[1])
    let padded =
      part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
      + String(repeating: "=", count: (4 - part.count % 4) % 4)
    let bytes = try #require(Data(base64Encoded: padded))
    return try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
  }

  @Test func theNewCredentialDiffersOnlyInWhatTheCorrectionChanges() throws {
    let (ledger, old, key) = try corrected()
    let reissue = try ledger.reissueCertificate(number: old[0].number, reissuer: CredentialReissuer(key: key))
    let ledgerID = try #require(try ledger.identity())
    #expect(
      reissue.number == (try CertificateNumber.derive(ledgerID: ledgerID, completionID: 1, edition: 2)).description)
    #expect(reissue.number != old[0].number && reissue.credentials.count == 1)
    #expect(reissue.credentials[0].fileName == "\(reissue.number)-tx-bon-RN.jwt")

    var before = try payload(old[0].token)
    var after = try payload(reissue.credentials[0].token)
    let (oldClaims, newClaims) = (
      try CredentialClaims(storedToken: old[0].token), try CredentialClaims(storedToken: reissue.credentials[0].token)
    )
    #expect(newClaims.learnerName == "José Núñez Pérez" && oldClaims.learnerName == "José Núñez")
    #expect(newClaims.supersedes?.description == old[0].number && oldClaims.supersedes == nil)
    #expect(newClaims.edition == 2 && oldClaims.edition == 1)
    #expect(newClaims.id != oldClaims.id && newClaims.number.description == reissue.number)
    #expect(newClaims.status?.listURL == "https://vigil.example/ce/certificates/status/1-2")
    #expect(newClaims.status?.index == oldClaims.status?.index)
    #expect(newClaims.checkpoint != oldClaims.checkpoint)
    // Everything else is the superseded credential's, member for member.
    for member in ["id", "jti", "credentialStatus"] {
      before[member] = nil
      after[member] = nil
    }
    var (subjectBefore, subjectAfter) = (
      try #require(before["credentialSubject"] as? [String: Any]),
      try #require(after["credentialSubject"] as? [String: Any])
    )
    (subjectBefore["identifier"], subjectAfter["identifier"]) = (nil, nil)
    var (vigilBefore, vigilAfter) = (
      try #require(before["vigil"] as? [String: Any]), try #require(after["vigil"] as? [String: Any])
    )
    for member in ["certificateNumber", "checkpoint", "edition", "supersedes"] {
      (vigilBefore[member], vigilAfter[member]) = (nil, nil)
    }
    (before["credentialSubject"], after["credentialSubject"]) = (subjectBefore, subjectAfter)
    (before["vigil"], after["vigil"]) = (vigilBefore, vigilAfter)
    #expect(NSDictionary(dictionary: before) == NSDictionary(dictionary: after))

    let verifier = CertificateVerifier(
      keys: JWKSet(keys: [key.publicJWK]), ledger: ledger, now: CredentialFixture.later)
    #expect(try verifier.verify(reissue.credentials[0].token).ledger == .holds(path: ledger.path))
    CredentialFixture.expectError(.superseded, containing: "was superseded by \(reissue.number) on ") {
      try verifier.verify(old[0].token)
    }
    #expect(try ledger.verify(keys: JWKSet(keys: [key.publicJWK])).isIntact)
  }

  @Test func theStatusListSaysTheOldNumberIsSupersededAndByWhich() throws {
    let (ledger, old, key) = try corrected()
    let reissue = try ledger.reissueCertificate(number: old[0].number, reissuer: CredentialReissuer(key: key))
    let keys = JWKSet(keys: [key.publicJWK])
    let lists = try StatusListBuilder.lists(ledger: ledger, now: CredentialFixture.later)
    #expect(
      lists.map(\.url) == [
        "https://vigil.example/ce/certificates/status/1", "https://vigil.example/ce/certificates/status/1-2",
      ])
    let index = try #require(try CredentialClaims(storedToken: old[0].token).status?.index)
    #expect(lists[0].bits.isSet(index) && lists[0].successors == [index: reissue.number])
    #expect(!lists[1].bits.bytes.contains { $0 != 0 } && lists[1].successors.isEmpty)
    let published = try lists.map { try StatusList(token: try $0.signed(with: key), keys: keys) }
    #expect(published == lists)
    let offline = CertificateVerifier(keys: keys, ledger: nil, now: CredentialFixture.later)
    CredentialFixture.expectError(
      .superseded, containing: "is superseded by \(reissue.number): the provider's status list"
    ) {
      try offline.verify(old[0].token, statusList: published[0])
    }
    #expect(try offline.verify(reissue.credentials[0].token, statusList: published[1]).statusList == published[1])
    CredentialFixture.expectError(
      .malformedStatusList, containing: "names https://vigil.example/ce/certificates/status/1-2"
    ) {
      try offline.verify(reissue.credentials[0].token, statusList: published[0])
    }
    // A revocation in the same list is still a revocation.
    try ledger.revokeCertificate(number: reissue.number, reason: "fraud")
    let revoked = try StatusListBuilder.lists(ledger: ledger, now: CredentialFixture.later)[1]
    CredentialFixture.expectError(.revoked, containing: "sets its bit \(index)") {
      try offline.verify(reissue.credentials[0].token, statusList: revoked)
    }
  }

  @Test func everyLicenseGetsItsCredentialAgain() throws {
    let (ledger, old, key) = try corrected(licenses: [CredentialFixture.texas, CredentialFixture.florida])
    let reissue = try ledger.reissueCertificate(number: old[0].number, reissuer: CredentialReissuer(key: key))
    #expect(reissue.credentials.map(\.license) == old.map(\.license))
    #expect(
      reissue.credentials.map(\.fileName) == ["\(reissue.number)-fl-bon-RN.jwt", "\(reissue.number)-tx-bon-RN.jwt"])
    let claims = try reissue.credentials.map { try CredentialClaims(storedToken: $0.token) }
    #expect(
      claims.map(\.hoursText) == ["0.0", "0.1"]
        && claims.map(\.boardName) == ["Florida Board of Nursing", "Texas Board of Nursing"])
    #expect(Set(claims.map(\.id)).count == 2 && Set(claims.map(\.number)).count == 1)
  }

  /// The new credential is signed with the home's current key, after a rotation too, and carries a
  /// checkpoint that key signed.
  @Test func aRotatedKeySignsTheReissue() throws {
    let (ledger, old, key) = try corrected()
    let rotated = SigningKey.generate()
    let reissue = try ledger.reissueCertificate(number: old[0].number, reissuer: CredentialReissuer(key: rotated))
    let keys = JWKSet(keys: [rotated.publicJWK, key.publicJWK])
    let verifier = CertificateVerifier(keys: keys, ledger: ledger, now: CredentialFixture.later)
    #expect(try verifier.verify(reissue.credentials[0].token).keyID == rotated.keyID)
    #expect(try ledger.verify(keys: keys).isIntact)
  }

  /// A superseded credential whose claims do not follow from the ledger's record (here: signed by an
  /// issuer that stated other hours than the completion's snapshot) is not rebuilt by guesswork.
  @Test func aCredentialThatDoesNotRebuildIsNotReissued() throws {
    let course = try CredentialFixture.course(example: false)
    let (ledger, attemptID) = try CredentialFixture.passedAttempt(in: directory, course: course)
    let key = try CredentialFixture.fixedKey()
    let issuer = OtherHoursIssuer(
      issuer: CredentialIssuer(key: key, course: course, passPercent: 80, boards: try CredentialFixture.boards()))
    let completion = try ledger.complete(
      attemptID: attemptID, course: course, boards: try CredentialFixture.boards(),
      completedAt: CredentialFixture.completedAt, issuer: issuer)
    try ledger.updateLearner(id: 1, name: "José Núñez Pérez")
    let number = try #require(try ledger.certificates(completionID: completion.id).first).number
    let error = #expect(throws: LedgerError.self) {
      try ledger.reissueCertificate(number: number, reissuer: CredentialReissuer(key: key))
    }
    #expect(error?.code == .cannotIssue)
    #expect(error?.message.contains("does not follow from the ledger's record byte for byte") == true)
  }

  /// Edition numbers, recomputed from the README's description in Python (Tests/Interop/certificate-numbers.py):
  /// the first edition keeps its number; edition e of completion c is the permutation of (e − 1) × 2^40 + c.
  @Test(.enabled(if: CommandRunner.isInstalled("python3"))) func pythonDerivesTheEditionNumbers() throws {
    let ledger = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
    let cases: [(Int64, Int)] = [(12, 1), (12, 2), (12, 3), (1, 2), (1_099_511_627_775, 32_768)]
    let result = try CommandRunner.run(
      "python3",
      [Repository.path("Tests/Interop/certificate-numbers.py"), "numbers", ledger] + cases.map { "\($0.0):\($0.1)" })
    #expect(result.status == 0, "\(result.error)")
    let swift = try cases.map {
      try CertificateNumber.derive(ledgerID: ledger, completionID: $0.0, edition: $0.1).description
    }
    #expect(result.output.split(separator: "\n").map(String.init) == swift)
    #expect(swift[0] == (try CertificateNumber.derive(ledgerID: ledger, completionID: 12)).description)
    #expect(Set(swift).count == swift.count)
  }

  @Test(arguments: [(Int64(1) << 40, 2), (12, 32_769), (12, 0)])
  func anEditionBeyondWhatANumberCarriesIsRefused(completion: Int64, edition: Int) {
    CredentialFixture.expectError(.cannotIssue, containing: "beyond what a certificate number can carry") {
      try CertificateNumber.derive(
        ledgerID: "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f", completionID: completion, edition: edition)
    }
  }
}

/// Issues the certificate as if the course's first approval carried one more hour than the completion
/// recorded: a credential the ledger's record does not rebuild.
private struct OtherHoursIssuer: CertificateIssuer {
  let issuer: CredentialIssuer
  var checkpointSigner: any CheckpointSigner { issuer.checkpointSigner }
  func certificates(for subject: CertificateSubject) throws -> [NewCertificate] {
    var changed = subject
    changed.snapshot.approvals[0].hundredthsOfHour += 100
    return try issuer.certificates(for: changed)
  }
}
