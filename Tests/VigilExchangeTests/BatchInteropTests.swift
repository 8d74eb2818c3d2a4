import Foundation
import Testing
import VigilExchange
import VigilSigning
import VigilTestSupport

/// Our batches checked by tools that share no code with Vigil: `xmllint --schema` accepts the XML
/// batch, and a Python script verifies each format's detached signature with joserfc and with
/// `cryptography`, recomputes every record's hash, and reads the CSV back with Python's csv module.
struct BatchInteropTests {
  @Test func xmllintAcceptsTheBatch() throws {
    let fixture = try ExportRoundTripTests.provider()
    let path = fixture.directory.appending("batch.xml")
    _ = try RecordExporter(board: fixture.texasBoard, format: .xml)
      .export(from: fixture.ledger, key: fixture.key, to: path, now: 1_801_500_000)
    let result = try CommandRunner.run(
      "xmllint", ["--noout", "--schema", Repository.path("Schemas/completion-batch.xsd"), path])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.error.contains("validates"))
  }

  @Test(arguments: [ExportFormat.xml, .jsonl, .csv])
  func pythonVerifiesTheSignatureAndEveryHash(format: ExportFormat) throws {
    let fixture = try ExportRoundTripTests.provider()
    let number = try #require(try fixture.ledger.certificates().last?.number)
    try fixture.ledger.revokeCertificate(number: number, reason: "approval withdrawn, \"=cmd\"")
    let path = fixture.directory.appending("batch.\(format.rawValue)")
    _ = try RecordExporter(board: fixture.texasBoard, format: format)
      .export(from: fixture.ledger, key: fixture.key, to: path, now: 1_801_500_000)
    let keys = fixture.directory.appending("provider.jwks")
    try Data(JWKSet(keys: [fixture.key.publicJWK]).jsonBytes).write(to: URL(fileURLWithPath: keys))
    let result = try CommandRunner.run(
      "python3", [Repository.path("Tests/Interop/verify-batch.py"), keys, path, format.rawValue])
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "ok \(ExportRoundTripTests.names.count + 1) records")
    let names = try JSONDecoder().decode([String].self, from: Data(try #require(lines.last).utf8))
    #expect(names == ExportRoundTripTests.names + [ExportRoundTripTests.names.last!], "names survive, formulas included")
  }

  @Test func aSpreadsheetSeesNoFormula() throws {
    let fixture = try ExportRoundTripTests.provider()
    let path = fixture.directory.appending("batch.csv")
    _ = try RecordExporter(board: fixture.texasBoard, format: .csv)
      .export(from: fixture.ledger, key: fixture.key, to: path, now: 1)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""))
    #expect(text.contains(",'@SUM(1+1),"))
    #expect(text.hasPrefix("kind,certificate,learner_name,"))
    #expect(text.contains("\r\n"))
  }
}
