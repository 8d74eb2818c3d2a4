import Testing
import VigilCourse
@testable import VigilCredentials

/// The course package's facts a credential holds: equal by identity or by every field, and the course
/// members an issuer keeps are written again for any package that differs.
@Suite struct PackageFactsTests {
  private static func package(name: String = "Example CE Provider", summary: String = "Recognise sepsis early.")
    -> PackageFacts
  {
    PackageFacts(
      provider: Provider(
        name: name, address: "100 Main Street, Austin, TX 78701", web: "https://ce.example.org/",
        numbers: [ProviderNumber(authority: "CE-BROKER", value: "50-12345")]),
      summary: summary, language: "en-US", passBasisPoints: 8000)
  }

  @Test func twoObjectsWithTheSameFieldsAreEqualAndHashAlike() {
    let first = Self.package()
    let second = Self.package()
    #expect(first !== second)
    #expect(first == second)
    #expect(first.hashValue == second.hashValue)
    #expect(first != Self.package(summary: "Recognise sepsis late."))
    #expect(first != Self.package(name: "Another Provider"))
  }

  @Test func theClaimsDependOnThePackagesFieldsNotOnWhichObjectHoldsThem() throws {
    var facts = try CredentialGoldenTests.facts()
    let golden = try OpenBadgeCredential(facts).claims()
    facts.package = Self.package()
    #expect(try OpenBadgeCredential(facts).claims() == golden)
    facts.package = Self.package(name: "Another Provider")
    let renamed = String(decoding: try OpenBadgeCredential(facts).claims(), as: UTF8.self)
    #expect(renamed.contains(#""name":"Another Provider""#))
  }

  @Test func theCourseMembersKeptAreWrittenAgainForAnotherPackage() throws {
    var facts = try CredentialGoldenTests.facts()
    let keys = try LedgerKeys.of(ledgerID: facts.subject.ledgerID)
    let memory = CourseClaims.Memory()
    let first = memory.claims(for: facts, keys: keys)
    facts.package = Self.package()
    #expect(memory.claims(for: facts, keys: keys) === first)
    facts.package = Self.package(name: "Another Provider")
    let rewritten = memory.claims(for: facts, keys: keys)
    #expect(rewritten !== first)
    #expect(rewritten.inputs.package.provider.name == "Another Provider")
  }
}
