import Foundation
import Testing
import VigilCredentials
import VigilLedger
import VigilSigning
import VigilTestSupport

/// Revoking a certificate: recorded in the ledger as `certificate.revoked/1`, refused by the verifier
/// with its reason (from the ledger, or from the provider's status list), and a ledger that still
/// verifies, for Vigil and for the auditor's script.
@Suite struct RevocationTests {
  private let directory = TemporaryDirectory()

  @Test func aRevokedCertificateIsRefusedWithItsReason() throws {
    let (ledger, certificates, key) = try CredentialFixture.issued(in: directory)
    let certificate = try #require(certificates.first)
    let verifier = CertificateVerifier(keys: JWKSet(keys: [key.publicJWK]), ledger: ledger, now: CredentialFixture.later)
    _ = try verifier.verify(certificate.token)
    let revocation = try ledger.revokeCertificate(number: certificate.number, reason: "  issued in error  ")
    #expect(revocation.reason == "issued in error" && revocation.completionID == certificate.completionID)
    #expect(try ledger.revocations() == [revocation])
    CredentialFixture.expectError(.revoked, containing: "was revoked on 2027-02-01T01:31:00Z") {
      try verifier.verify(certificate.token)
    }
    CredentialFixture.expectError(.revoked, containing: ": issued in error") { try verifier.verify(certificate.token) }
    #expect(throws: LedgerError.self) { try ledger.revokeCertificate(number: certificate.number, reason: "again") }
    #expect(throws: LedgerError.self) { try ledger.revokeCertificate(number: "VC-0000-0000-0000", reason: "none") }
    #expect(throws: LedgerError.self) { try ledger.revokeCertificate(number: certificate.number, reason: " ") }
  }

  @Test func theStatusListRevokesItOffline() throws {
    let (ledger, certificates, key) = try CredentialFixture.issued(in: directory)
    let token = try #require(certificates.first).token
    let keys = JWKSet(keys: [key.publicJWK])
    let offline = CertificateVerifier(keys: keys, ledger: nil, now: CredentialFixture.later)
    let claims = try CredentialClaims(storedToken: token)
    let status = try #require(claims.status)
    #expect(status.listURL == "https://vigil.example/ce/certificates/status/1")

    let before = try #require(try StatusListBuilder.lists(ledger: ledger, now: CredentialFixture.later).first)
    #expect(!before.bits.bytes.contains { $0 != 0 })
    let standing = try StatusList(token: try before.signed(with: key), keys: keys)
    #expect(try offline.verify(token, statusList: standing).statusList == standing)

    try ledger.revokeCertificate(number: claims.number.description, reason: "the learner's name was wrong")
    let lists = try StatusListBuilder.lists(ledger: ledger, now: CredentialFixture.later)
    #expect(lists.count == 1 && lists[0].url == status.listURL && lists[0].issuerID == claims.issuerID)
    #expect(lists[0].bits.bytes.map(\.nonzeroBitCount).reduce(0, +) == 1 && lists[0].bits.isSet(status.index))
    let revoked = try StatusList(token: try lists[0].signed(with: key), keys: keys)
    CredentialFixture.expectError(.revoked, containing: "sets its bit \(status.index)") {
      try offline.verify(token, statusList: revoked)
    }
    var elsewhere = revoked
    elsewhere.url = "https://other.example.org/certificates/status/1"
    CredentialFixture.expectError(.malformedStatusList, containing: "names \(status.listURL)") {
      try offline.verify(token, statusList: elsewhere)
    }
  }

  @Test func theLedgerVerifiesWithRevocationsForVigilAndTheAuditor() throws {
    let (ledger, certificates, _) = try CredentialFixture.issued(in: directory)
    try ledger.revokeCertificate(number: try #require(certificates.first).number, reason: "issued in error")
    let report = try ledger.verify()
    #expect(report.isIntact, "\(String(describing: report.problem))")
    if CommandRunner.isInstalled("python3") {
      let audit = try CommandRunner.run("python3", [Repository.path("scripts/audit-ledger.py"), ledger.path])
      #expect(audit.status == 0, "\(audit.output)")
      #expect(audit.output.hasPrefix("audit: "), "\(audit.output)")
    }
  }
}
