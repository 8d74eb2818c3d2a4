import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilTestSupport
import VigilXML

/// One invalid fixture per board rule: each must produce exactly that rule's diagnostic, at the right place.
@Suite struct BoardRuleTests {
  private func only(_ diagnostics: [Diagnostic]) throws -> Diagnostic {
    #expect(diagnostics.count == 1, "\(diagnostics)")
    return try #require(diagnostics.first)
  }

  @Test func validFixtureHasNoDiagnostics() throws {
    #expect(try BoardFixture().diagnostics().isEmpty)
    #expect(try BoardFixture().read().board?.id == "fixture")
  }

  @Test func fileNameMustMatchTheID() throws {
    var fixture = BoardFixture()
    fixture.fileName = "other.xml"
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardFileName)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.location == fixture.location(of: #"id="fixture""#))
    #expect(diagnostic.location == SourceLocation(line: 2, column: 34))
    #expect(diagnostic.message.contains("name the file fixture.xml"))
  }

  @Test func duplicateRuleID() throws {
    var fixture = BoardFixture()
    fixture.replace(#"<requirement id="r2""#, with: #"<requirement id="t1""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardDuplicateID)
    #expect(diagnostic.location == fixture.location(of: #"id="t1" topic"#))
    #expect(diagnostic.location == SourceLocation(line: 22, column: 16))
    #expect(diagnostic.message.contains("rule id 't1' is already used at line 13"))
  }

  @Test func duplicateSourceID() throws {
    var fixture = BoardFixture()
    fixture.replace(#"<source id="s2""#, with: #"<source id="s1""#)
    fixture.replace(#"source="s1 s2""#, with: #"source="s1""#)
    fixture.replace(#"<note kind="conflict" source="s2">"#, with: #"<note kind="conflict">"#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardDuplicateID)
    #expect(diagnostic.location == SourceLocation(line: 6, column: 13))
  }

  @Test func unresolvedSource() throws {
    var fixture = BoardFixture()
    fixture.replace(#"citation="Rule 4" source="s1""#, with: #"citation="Rule 4" source="s1 s9""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardUnresolvedReference)
    #expect(diagnostic.location == fixture.location(of: #"source="s1 s9""#))
    #expect(diagnostic.message.contains("source 's9' is not defined"))
  }

  @Test func unresolvedWaiver() throws {
    var fixture = BoardFixture()
    fixture.replace(#"waives="t1""#, with: #"waives="t1 r9""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardUnresolvedReference)
    #expect(diagnostic.location == SourceLocation(line: 25, column: 53))
    #expect(diagnostic.message.contains("'r9' is not the id of a total, subtotal or requirement"))
  }

  @Test func unresolvedLicenseType() throws {
    var fixture = BoardFixture()
    fixture.replace(#"<appliesTo licenseTypes="RN APRN"/>"#, with: #"<appliesTo licenseTypes="RN LPN"/>"#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardUnresolvedReference)
    #expect(diagnostic.location == fixture.location(of: #"licenseTypes="RN LPN""#))
    #expect(diagnostic.message.contains("license type 'LPN'"))
  }

  @Test func everyNthCycleWithoutN() throws {
    var fixture = BoardFixture()
    fixture.replace(#" every="3""#, with: "")
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardFrequency)
    #expect(diagnostic.location == fixture.location(of: #"frequency="every-nth-cycle""#))
    #expect(diagnostic.location == SourceLocation(line: 22, column: 49))
  }

  @Test func everyNthCycleWithZero() throws {
    var fixture = BoardFixture()
    fixture.replace(#"every="3""#, with: #"every="0""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardFrequency)
    #expect(diagnostic.location == fixture.location(of: #"every="0""#))
    #expect(diagnostic.message.contains("write 1 or more"))
  }

  @Test func firstDueAfterTheFirstNCycles() throws {
    var fixture = BoardFixture()
    fixture.replace(#"every="3""#, with: #"every="3" firstDue="4""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardFrequency)
    #expect(diagnostic.location == fixture.location(of: #"firstDue="4""#))
  }

  @Test func oneTimeWithN() throws {
    var fixture = BoardFixture()
    fixture.replace(#"frequency="every-nth-cycle" every="3""#, with: #"frequency="one-time" every="3""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardFrequency)
    #expect(diagnostic.location == fixture.location(of: #"every="3""#))
    #expect(diagnostic.message.contains("every applies only to frequency=\"every-nth-cycle\""))
  }

  @Test func yearlyNeedsWholeYears() throws {
    var fixture = BoardFixture()
    fixture.replace(#"<cycle months="24""#, with: #"<cycle months="18""#)
    fixture.replace(#"frequency="every-cycle""#, with: #"frequency="yearly""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardFrequency)
    #expect(diagnostic.location == fixture.location(of: #"frequency="yearly""#))
  }

  @Test func negativeHours() throws {
    var fixture = BoardFixture()
    fixture.replace(#"hours="20""#, with: #"hours="-20""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardHours)
    #expect(diagnostic.location == SourceLocation(line: 13, column: 18))
    #expect(diagnostic.message.contains("negative"))
  }

  @Test func hoursThatAreNotWholeMinutes() throws {
    var fixture = BoardFixture()
    fixture.replace(#"hours="1" frequency"#, with: #"hours="1.01" frequency"#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardHours)
    #expect(diagnostic.location == fixture.location(of: #"hours="1.01""#))
    #expect(diagnostic.message.contains("not a whole number of minutes"))
  }

  @Test func fixedCycleWithoutEpoch() throws {
    var fixture = BoardFixture()
    fixture.replace(#"anchor="license-expiry""#, with: #"anchor="fixed""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardCycle)
    #expect(diagnostic.location == SourceLocation(line: 8, column: 22))
  }

  @Test func epochWithoutFixedCycle() throws {
    var fixture = BoardFixture()
    fixture.replace(#"anchor="license-expiry""#, with: #"anchor="license-expiry" epoch="2021-01-01""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardCycle)
    #expect(diagnostic.location == fixture.location(of: #"epoch="#))
  }

  @Test func roundingDownWithoutIncrement() throws {
    var fixture = BoardFixture()
    fixture.replace(#" increment="0.5""#, with: "")
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardRounding)
    #expect(diagnostic.location == fixture.location(of: #"rounding="down""#))
    #expect(diagnostic.location == SourceLocation(line: 9, column: 29))
  }

  @Test func incrementWithoutRounding() throws {
    var fixture = BoardFixture()
    fixture.replace(#"rounding="down""#, with: #"rounding="none""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardRounding)
    #expect(diagnostic.location == fixture.location(of: #"increment="0.5""#))
  }

  @Test func zeroIncrement() throws {
    var fixture = BoardFixture()
    fixture.replace(#"increment="0.5""#, with: #"increment="0""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .boardRounding)
    #expect(diagnostic.location == fixture.location(of: #"increment="0""#))
  }

  @Test func reviewOverAYearAgoIsAWarning() throws {
    let fixture = BoardFixture()
    let diagnostic = try only(fixture.diagnostics(today: date(2027, 6, 2)))
    #expect(diagnostic.ruleID == .boardReviewDue)
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.location == fixture.location(of: #"reviewed="2026-06-01""#))
    #expect(try fixture.diagnostics(today: date(2027, 6, 1)).isEmpty)
    // A warning does not stop the board from being read.
    #expect(try fixture.read().board != nil)
  }

  @Test func semanticErrorsStopTheBoardFromBeingRead() throws {
    var fixture = BoardFixture()
    fixture.replace(#"waives="t1""#, with: #"waives="nope""#)
    let result = try fixture.read()
    #expect(result.board == nil)
    #expect(result.diagnostics.map(\.ruleID) == [.boardUnresolvedReference])
  }

  @Test func missingCitationIsASchemaError() throws {
    var fixture = BoardFixture()
    fixture.replace(#"<total id="t1" hours="20" citation="Rule 4" source="s1">"#, with: #"<total id="t1" hours="20">"#)
    let diagnostics = try fixture.diagnostics()
    #expect(!diagnostics.isEmpty)
    #expect(diagnostics.allSatisfy { $0.ruleID == .schema && $0.location.line == 13 })
    #expect(diagnostics.contains { $0.message.contains("citation") })
    #expect(diagnostics.contains { $0.message.contains("source") })
  }

  @Test func wrongRootIsANamespaceError() throws {
    var fixture = BoardFixture()
    fixture.replace(#"xmlns="urn:vigil:board:1""#, with: #"xmlns="urn:vigil:course:1""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .xmlNamespace)
    #expect(diagnostic.location == SourceLocation(line: 2, column: 1))
  }

  @Test func boardRuleIDsAreSemanticExceptAMissingFolder() {
    let boardRules = RuleID.boardRules
    #expect(boardRules.allSatisfy { $0.rawValue.hasPrefix("board-") })
    #expect(boardRules.count == 11)
    #expect(boardRules.filter(\.isFileLevel) == [.boardMissing])
  }
}
