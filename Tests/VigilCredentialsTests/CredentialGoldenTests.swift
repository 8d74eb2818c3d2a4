import Foundation
import Testing
import VigilBase
import VigilCourse
import VigilCredentials
import VigilGrading
import VigilLedger

/// The claims of a credential, pinned byte for byte by reviewed golden files: canonical JSON (RFC
/// 8785) of an Open Badges 3.0 `OpenBadgeCredential`, a pure function of its facts.
@Suite struct CredentialGoldenTests {
  static let ledgerID = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"

  /// A completion of a 1.5-hour course with a real ANCC approval and an example TX-HHSC one.
  static func subject(example: Bool = false) throws -> CertificateSubject {
    let license = try LicenseKey(parsing: "tx-bon:RN:123456")
    let approvals = [
      CompletionSnapshot.ApprovalSnapshot(
        approver: "ANCC", number: example ? "EXAMPLE-ANCC-0001" : "ANCC-2027-0042",
        statement: "This activity was approved by the Example Nurses Association.", hundredthsOfHour: 150,
        minutesPerHour: 60, isExample: example),
      CompletionSnapshot.ApprovalSnapshot(
        approver: "TX-HHSC", number: "EXAMPLE-TXHHSC-0001", statement: "Approved by Texas HHSC (example).",
        hundredthsOfHour: 100, minutesPerHour: 60, isExample: true),
    ]
    let credits = [
      RecordedCredit(
        id: 1, license: license, approver: "ANCC", approvalNumber: approvals[0].number, minutes: 90,
        topics: ["human-trafficking"], isSample: example),
      RecordedCredit(
        id: 2, license: license, approver: "TX-HHSC", approvalNumber: "EXAMPLE-TXHHSC-0001", minutes: 60,
        topics: ["human-trafficking"], isSample: true),
    ]
    return CertificateSubject(
      ledgerID: ledgerID, completionID: 12, completionNumber: "\(ledgerID)/12", learnerID: 7,
      completedAt: Timestamp(secondsSinceEpoch: 1_801_445_400),
      completedOn: CalendarDate(year: 2027, month: 1, day: 31),
      percentBasisPoints: 9250,
      snapshot: CompletionSnapshot(
        learnerName: "José Núñez", courseID: "sepsis-101", courseVersion: "2.1.0", courseTitle: "Sepsis \"101\"",
        providerName: "Example CE Provider", providerWeb: "https://ce.example.org/", approvals: approvals),
      checkpoint: "eyJhbGciOiJFUzI1NiJ9.eyJzZXF1ZW5jZSI6NDJ9.c2lnbmF0dXJl",
      licenses: [.init(license: license, credits: credits)])
  }

  static func facts(example: Bool = false, minutesPerHour: Int = 60) throws -> CredentialFacts {
    let subject = try subject(example: example)
    return CredentialFacts(
      subject: subject, number: try CertificateNumber.derive(ledgerID: ledgerID, completionID: 12),
      package: PackageFacts(
        provider: Provider(
          name: "Example CE Provider", address: "100 Main Street, Austin, TX 78701", web: "https://ce.example.org/",
          numbers: [ProviderNumber(authority: "CE-BROKER", value: "50-12345")]),
        summary: "Recognise sepsis early.", language: "en-US", passBasisPoints: 8000),
      license: .init(
        license: subject.licenses[0].license, boardName: "Texas Board of Nursing", minutesPerHour: minutesPerHour,
        countedMinutes: example ? 0 : 90, credits: subject.licenses[0].credits))
  }

  private func claims(_ facts: CredentialFacts) throws -> String {
    String(decoding: try OpenBadgeCredential(facts).claims(), as: UTF8.self)
  }

  @Test func goldenCredential() throws {
    try GoldenFile.expect("credential.json", try claims(Self.facts()) + "\n")
  }

  @Test func goldenSampleCredential() throws {
    try GoldenFile.expect("credential-sample.json", try claims(Self.facts(example: true)) + "\n")
  }

  @Test func theSameFactsGiveTheSameBytes() throws {
    #expect(try claims(Self.facts()) == (try claims(Self.facts())))
    #expect(try claims(Self.facts()) != (try claims(Self.facts(minutesPerHour: 50))))
  }

  /// The ids are UUIDv5 in the ledger's namespace; each expected value is Python's
  /// `uuid.uuid5(uuid.UUID("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"), name)`.
  @Test func idsAreNameBasedUUIDsPythonAgreesWith() throws {
    let credential = try OpenBadgeCredential(Self.facts())
    #expect(credential.issuerID == "urn:uuid:6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f")
    #expect(credential.subjectID == "urn:uuid:4b73e9c6-55d6-56d3-a809-409eaec08e3c")
    #expect(credential.achievementID == "urn:uuid:06769034-2b8e-52a0-8815-d75469cd5ca5")
    #expect(credential.id == "urn:uuid:5afd5b1e-9a1c-55ef-85f7-f2c0b37c301a")
  }

  @Test func creditIsTheCountedMinutesInTheBoardsHours() throws {
    // 90 minutes: 1.5 hours of 60 minutes, 1.8 hours of 50.
    let sixty = try CredentialClaims(payload: try OpenBadgeCredential(Self.facts()).claims())
    #expect(sixty.hoursText == "1.5" && !sixty.isSample)
    let fifty = try CredentialClaims(payload: try OpenBadgeCredential(Self.facts(minutesPerHour: 50)).claims())
    #expect(fifty.hundredthsEarned == 180)
    let sample = try CredentialClaims(payload: try OpenBadgeCredential(Self.facts(example: true)).claims())
    #expect(sample.isSample && sample.hundredthsEarned == 0)
    #expect(sample.name.hasPrefix("SAMPLE: "))
  }

  @Test func aLearnerWithoutALicenseGetsACertificateWithoutCredit() throws {
    var facts = try Self.facts()
    facts.license = nil
    let claims = try CredentialClaims(payload: try OpenBadgeCredential(facts).claims())
    #expect(claims.license == nil && claims.hundredthsEarned == nil && claims.credits.isEmpty)
    #expect(!claims.isSample, "the course has a real approval")
  }
}
