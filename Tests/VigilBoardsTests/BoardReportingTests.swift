import Testing
import VigilBase
import VigilBoards
import VigilCourse

/// `<reporting>`: the provider's reporting window and the CE Broker codes, read from the board files
/// and checked by `board-reporting`.
@Suite struct BoardReportingTests {
  @Test func floridaReportsWithin30DaysThroughCEBroker() throws {
    let board = try RealBoards.board("fl-bon")
    let reporting = try #require(board.reporting)
    #expect(reporting.windowDays == 30)
    #expect(reporting.citation.text == "Rule 64B-5.002(2)(a), F.A.C.")
    #expect(reporting.citation.sourceIDs == ["rule-64b-5-002"])
    #expect(board.source(id: "rule-64b-5-002")?.href == "https://lawserver.com/law/state/florida/regulations/florida_regulations_64b-5-002")
    let codes = try #require(reporting.ceBroker)
    #expect(codes.state == "FL")
    #expect(codes.professions == ["RN": "RN"], "only the code CE Broker's own example confirms")
    #expect(codes.subjectAreas.isEmpty, "no subject-area code was found in a source")
    #expect(codes.notes.contains { $0.kind == .gap })
  }

  @Test(arguments: ["tx-bon", "tx-tmb", "ms-bon", "mi-nursing"])
  func boardsWithoutAProviderDeadlineSetNoWindow(id: String) throws {
    #expect(try RealBoards.board(id).reporting == nil)
  }

  static let reporting = """
      <reporting windowDays="15" citation="Rule 9" source="s1">
        <ceBroker state="XX" citation="Vendor page" source="s2">
          <profession licenseType="RN" code="RN"/>
          <profession licenseType="APRN" code="ARNP"/>
          <subjectArea topic="human-trafficking" code="HT-1"/>
        </ceBroker>
      </reporting>
    </board>
    """

  @Test func aFixtureWithReportingReadsIt() throws {
    var fixture = BoardFixture()
    fixture.replace("</board>", with: Self.reporting)
    #expect(try fixture.diagnostics().isEmpty)
    let reporting = try #require(try fixture.read().board?.reporting)
    #expect(reporting.windowDays == 15)
    #expect(reporting.ceBroker?.professions == ["RN": "RN", "APRN": "ARNP"])
    #expect(reporting.ceBroker?.subjectAreas == ["human-trafficking": "HT-1"])
    #expect(reporting.ceBroker?.citation == Citation(text: "Vendor page", sourceIDs: ["s2"]))
  }

  @Test func reportingWithoutAWindowOrCodesIsValid() throws {
    var fixture = BoardFixture()
    fixture.replace("</board>", with: #"<reporting citation="Rule 9" source="s1"/></board>"#)
    #expect(try fixture.diagnostics().isEmpty)
    #expect(try fixture.read().board?.reporting?.windowDays == nil)
  }

  /// (the change, the rule, words of the message).
  static let bad: [(String, String, RuleID, String)] = [
    (#"<profession licenseType="APRN" code="ARNP"/>"#, #"<profession licenseType="RN" code="ARNP"/>"#, .boardReporting,
     "license type 'RN' already has a CE Broker code at line"),
    (#"<profession licenseType="APRN" code="ARNP"/>"#, #"<profession licenseType="LPN" code="LPN"/>"#, .boardReporting,
     "license type 'LPN' is not one of the board's (APRN RN)"),
    (#"<subjectArea topic="human-trafficking" code="HT-1"/>"#,
     #"<subjectArea topic="human-trafficking" code="HT-1"/><subjectArea topic="human-trafficking" code="HT-2"/>"#,
     .boardReporting, "topic 'human-trafficking' already has a CE Broker code"),
    (#"state="XX""#, #"state="Florida""#, .schema, "state"),
    (#"code="RN""#, #"code="=RN""#, .schema, "code"),
    (#"windowDays="15""#, #"windowDays="0""#, .schema, "windowDays"),
    (#"<reporting windowDays="15" citation="Rule 9" source="s1">"#, #"<reporting windowDays="15" citation="Rule 9" source="s9">"#,
     .boardUnresolvedReference, "source 's9' is not defined"),
  ]

  @Test(arguments: bad)
  func badReportingIsReported(target: String, replacement: String, rule: RuleID, words: String) throws {
    var fixture = BoardFixture()
    fixture.replace("</board>", with: Self.reporting)
    fixture.replace(target, with: replacement)
    let diagnostics = try fixture.diagnostics()
    #expect(!diagnostics.isEmpty && diagnostics.allSatisfy { $0.ruleID == rule }, "\(diagnostics)")
    #expect(diagnostics.contains { $0.message.contains(words) }, "\(diagnostics)")
  }
}
