import Foundation
import Testing
import VigilLedger
import VigilTestSupport

/// `Fixtures/ledger-v1.sqlite` is a ledger written by the `vigil` binary of schema version 1 (three
/// learners, one corrected; two licenses, one renewed). Every later Vigil must open it, migrate it and
/// verify it, with the same head: shipped ledgers are never stranded. `Fixtures/make-ledger-v1.sh`
/// wrote it with `vigil learner add|update` and `vigil learner license add|update`; once version 1 is
/// released it is never written again.
@Suite struct FixtureLedgerTests {
  /// The fixture's head when it was written.
  private static let head = "8:0156675716b7b845e3155bb90e83028d9207f698fe0d526d4d78ce1317a876eb"

  private func copy() throws -> LedgerFixture {
    let fixture = LedgerFixture()
    try FileManager.default.copyItem(atPath: Repository.path("Tests/VigilLedgerTests/Fixtures/ledger-v1.sqlite"), toPath: fixture.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: fixture.path)
    return fixture
  }

  @Test func theVersionOneLedgerOpensMigratesAndVerifies() throws {
    let fixture = try copy()
    let ledger = try fixture.open(mode: .existing)
    let report = try ledger.verify(since: try ChainHead(parsing: Self.head))
    #expect(report.isIntact, "\(String(describing: report.problem))")
    #expect(report.head?.description == Self.head)
    #expect(try fixture.sqlite("SELECT identifier FROM grdb_migrations ORDER BY rowid").hasSuffix("v2-certificates\nv3-board\nv4-board-keys\nv5-board-hash-by-lookup\nv6-provider-key-rotation\n"))
    #expect(try ledger.certificates().isEmpty)
    #expect(try ledger.learners().map(\.name) == ["Ana María Díaz", "王芳", "أحمد الفارس"])
    #expect(try ledger.learner(id: 2)?.email == "wang@example.org")
    #expect(try ledger.requireLicense(LicenseKey(parsing: "tx-bon:RN:123456")).profile.expires.description == "2029-01-31")
    // It takes new writes, and still verifies against its old head.
    try ledger.addLearner(name: "After the upgrade")
    #expect(try ledger.verify(since: try ChainHead(parsing: Self.head)).isIntact)
  }

  @Test(.enabled(if: CommandRunner.isInstalled("python3"))) func theAuditorAgreesOnTheFixture() throws {
    let fixture = try copy()
    let result = try CommandRunner.run("python3", [Repository.path("scripts/audit-ledger.py"), fixture.path])
    #expect(result.output == "audit: 8 events verify; head \(Self.head)\n", "\(result.error)")
  }
}
