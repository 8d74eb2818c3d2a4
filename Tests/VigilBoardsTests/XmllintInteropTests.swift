import Foundation
import Testing
import VigilBoards
import VigilTestSupport

/// libxml2's own command-line tool, independent of our code, accepts our board schema and board files.
@Suite(.enabled(if: CommandRunner.isInstalled("xmllint"), "xmllint (libxml2-utils) is not installed"))
struct BoardXmllintInteropTests {
  static let boardFiles: [String] = {
    let folder = Repository.path("Boards")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".xml") }.sorted().map { folder + "/" + $0 }
  }()

  @Test func everyBoardFileValidatesUnderXmllint() throws {
    #expect(Self.boardFiles.count == 5)
    let result = try CommandRunner.run("xmllint", ["--noout", "--schema", Repository.boardSchema] + Self.boardFiles)
    #expect(result.status == 0, "\(result.error)")
    for file in Self.boardFiles { #expect(result.error.contains("\(file) validates")) }
  }

  /// Ids a license or a credit carries into the ledger follow the ledger's rules (letters and digits in
  /// groups joined by single hyphens, at most 40; a type at most 16), so a board file cannot name a
  /// board, type, practice fact or topic the ledger would refuse once a licensee has typed it in.
  @Test(arguments: [
    (#"id="fixture""#, #"id="tx.bon""#), (#"id="fixture""#, #"id="tx--bon""#), (#"id="fixture""#, #"id="tx-bon-""#),
    (#"id="fixture""#, #"id="TX-BON""#), (#"id="fixture""#, "id=\"\(String(repeating: "a", count: 41))\""),
    (#"licenseTypes="RN APRN" reviewed"#, #"licenseTypes="RN- APRN" reviewed"#),
    (#"licenseTypes="RN APRN" reviewed"#, #"licenseTypes="R--N APRN" reviewed"#),
    (#"<appliesTo attributes="direct-patient-care"/>"#, #"<appliesTo attributes="direct--patient-care"/>"#),
    (#"topic="human-trafficking""#, #"topic="human-trafficking-""#),
  ])
  func idsTheLedgerWouldRefuseAreRefusedHere(original: String, replacement: String) throws {
    var fixture = BoardFixture()
    fixture.replace(original, with: replacement)
    let directory = TemporaryDirectory()
    let path = directory.write("fixture.xml", fixture.xml)
    let xmllint = try CommandRunner.run("xmllint", ["--noout", "--schema", Repository.boardSchema, path])
    #expect(xmllint.status != 0, "\(replacement)")
    let diagnostics = try BoardValidator(today: date(2026, 7, 1)).validate(fileAt: path)
    #expect(diagnostics.contains { $0.ruleID == .schema }, "\(replacement): \(diagnostics)")
  }

  @Test func xmllintAndVigilAgreeOnAMissingCitation() throws {
    var fixture = BoardFixture()
    fixture.replace(
      #"<cycle months="24" anchor="license-expiry" citation="Rule 1" source="s1"/>"#,
      with: #"<cycle months="24" anchor="license-expiry" source="s1"/>"#)
    let directory = TemporaryDirectory()
    let path = directory.write("fixture.xml", fixture.xml)
    let xmllint = try CommandRunner.run("xmllint", ["--noout", "--schema", Repository.boardSchema, path])
    #expect(xmllint.status != 0)
    #expect(xmllint.error.contains("citation"))
    let diagnostics = try BoardValidator(today: date(2026, 7, 1)).validate(
      fileAt: path)
    #expect(diagnostics.map(\.ruleID) == [.schema])
    #expect(diagnostics.first?.message.contains("citation") == true)
    #expect(diagnostics.first?.location.line == 8)
  }
}
