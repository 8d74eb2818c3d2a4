import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilTestSupport

/// The board format's subtotals, carry-forward, cure, per-occurrence approvers, look-back, per-topic
/// retention and first-renewal exemptions without an attribute: read from a fixture, and each new check
/// on its own.
@Suite struct BoardExtensionRuleTests {
  /// The fixture with every new part, valid.
  private func extended() -> BoardFixture {
    var fixture = BoardFixture()
    fixture.replace(
      #"<total id="t1" hours="20" citation="Rule 4" source="s1">"#,
      with: #"<total id="t1" hours="20" lookBackMonths="24" citation="Rule 4" source="s1">"#)
    fixture.replace(
      "  <requirement id=\"r1\"",
      with: """
          <subtotal id="st1" of="t1" hours="2" topics="human-trafficking" citation="Rule 8" source="s1">
            <title>Trafficking hours within the total</title>
          </subtotal>
          <requirement id="r1"
        """)
    fixture.replace(
      #"<note kind="conflict" source="s2">The vendor disagrees.</note>"#,
      with: #"<accept approver="ANCC"/><accept approver="TX-HHSC" occurrence="1"/>"#
        + #"<note kind="conflict" source="s2">The vendor disagrees.</note>"#)
    fixture.replace(
      #"placement="on-top" citation="Rule 6""#, with: #"placement="on-top" retainYears="6" citation="Rule 6""#)
    fixture.replace(
      "</board>",
      with: """
          <firstRenewal citation="Rule 9" source="s1"><exemption waives="r2 st1"/></firstRenewal>
          <carryForward hours="10" excludes="r1 r2" citation="Rule 10" source="s1"/>
          <cure days="30" citation="Rule 11" source="s1"/>
        </board>
        """)
    return fixture
  }

  @Test func theNewPartsAreReadIntoTheModel() throws {
    let fixture = extended()
    #expect(try fixture.diagnostics().isEmpty)
    let board = try #require(try fixture.read().board)
    #expect(board.total(id: "t1")?.lookBackMonths == 24)
    #expect(
      board.subtotals == [
        SubtotalRule(
          id: "st1", title: "Trafficking hours within the total", totalID: "t1", minutes: 120,
          topics: ["human-trafficking"], citation: Citation(text: "Rule 8", sourceIDs: ["s1"]))
      ])
    #expect(board.requirement(id: "r1")?.approvers == .only(["ANCC", "TX-HHSC"]))
    #expect(board.requirement(id: "r1")?.occurrenceLimits == ["TX-HHSC": 1])
    #expect(board.requirement(id: "r2")?.retainYears == 6 && board.requirement(id: "r1")?.retainYears == nil)
    #expect(board.firstRenewal?.exemption == FirstRenewalRule.Exemption(attribute: nil, waives: ["r2", "st1"]))
    #expect(
      board.carryForward
        == CarryForwardRule(
          minutes: 600, excludes: ["r1", "r2"], citation: Citation(text: "Rule 10", sourceIDs: ["s1"])))
    #expect(board.cure == CureRule(days: 30, citation: Citation(text: "Rule 11", sourceIDs: ["s1"])))
    // An exemption without an attribute names none for licenses to hold.
    #expect(board.licenseAttributes == ["direct-patient-care", "national-certification"])
  }

  /// One broken variant of the extended fixture: the text replaced, and the diagnostic it must give.
  struct Broken: Sendable, CustomTestStringConvertible {
    var name: String
    /// Pairs of text to replace and its replacement, applied in order.
    var edits: [[String]]
    var rule: RuleID
    /// Where the diagnostic points: the first place this text appears after the edits.
    var marker: String
    var message: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    Broken(
      name: "subtotal of an unknown total", edits: [[#"of="t1""#, #"of="t9""#]], rule: .boardUnresolvedReference,
      marker: #"of="t9""#, message: "'t9' is not the id of a total"),
    Broken(
      name: "subtotal of a requirement", edits: [[#"of="t1""#, #"of="r1""#]], rule: .boardUnresolvedReference,
      marker: #"of="r1""#, message: "'r1' is not the id of a total"),
    Broken(
      name: "subtotal above its total", edits: [[#"of="t1" hours="2""#, #"of="t1" hours="20.5""#]], rule: .boardHours,
      marker: #"hours="20.5""#, message: "more than the 20.0 hours of its total 't1'"),
    Broken(
      name: "subtotal sharing a requirement's id",
      edits: [[#"<subtotal id="st1""#, #"<subtotal id="r2""#], [#"waives="r2 st1""#, #"waives="r2""#]],
      rule: .boardDuplicateID, marker: #"id="r2" topic"#, message: "rule id 'r2' is already used"),
    Broken(
      name: "carry-forward excluding a total", edits: [[#"excludes="r1 r2""#, #"excludes="r1 t1""#]],
      rule: .boardUnresolvedReference, marker: #"excludes="r1 t1""#, message: "'t1' is not the id of a requirement"),
    Broken(
      name: "carry-forward hours not whole minutes",
      edits: [[#"<carryForward hours="10""#, #"<carryForward hours="10.01""#]],
      rule: .boardHours, marker: #"hours="10.01""#, message: "not a whole number of minutes"),
    Broken(
      name: "second occurrence of a one-time requirement",
      edits: [[#"frequency="every-cycle""#, #"frequency="one-time""#], [#"occurrence="1""#, #"occurrence="2""#]],
      rule: .boardFrequency, marker: #"occurrence="2""#, message: "a one-time requirement falls due once"),
    Broken(
      name: "retention for years and indefinitely",
      edits: [[#"retainYears="6""#, #"retainYears="6" retainIndefinitely="true""#]], rule: .boardRetention,
      marker: #"retainYears="6""#, message: "contradict each other"),
  ])
  func eachNewCheckFindsItsOwnProblem(_ broken: Broken) throws {
    var fixture = extended()
    for edit in broken.edits { fixture.replace(edit[0], with: edit[1]) }
    let diagnostics = try fixture.diagnostics()
    #expect(diagnostics.count == 1, "\(diagnostics)")
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.ruleID == broken.rule)
    #expect(diagnostic.location == fixture.location(of: broken.marker))
    #expect(diagnostic.message.contains(broken.message), "\(diagnostic.message)")
  }

  @Test func aOneTimeRequirementMayLimitAnApproverToItsOnlyOccurrence() throws {
    var fixture = extended()
    fixture.replace(#"frequency="every-cycle""#, with: #"frequency="one-time""#)
    #expect(try fixture.diagnostics().isEmpty)
  }

  @Test func aSubtotalCountsItsCategoryAndIsWaivedWithItsTotal() throws {
    var fixture = BoardFixture()
    fixture.replace(
      "  <requirement id=\"r1\"",
      with: """
          <subtotal id="st1" of="t1" hours="2" topics="human-trafficking" citation="Rule 8" source="s1">
            <title>Trafficking hours within the total</title>
          </subtotal>
          <requirement id="r1"
        """)
    let evaluator = ComplianceEvaluator(board: try #require(try fixture.read().board))
    let credits = [
      credit("general", on: date(2026, 1, 10), "ANCC", minutes: 600),
      credit("ht", on: date(2026, 2, 10), "ANCC", minutes: 90, topics: ["human-trafficking"]),
    ]
    // Expires 2027-06-30: the cycle runs 2025-07-01 to 2027-06-30. Only the trafficking credit is of the
    // category: 90 of 120 minutes.
    let nurse = LicenseProfile(boardID: "fixture", licenseType: "RN", number: "F1", expires: date(2027, 6, 30))
    let result = evaluator.evaluate(nurse, credits: credits)
    #expect(
      result.subtotals == [
        SubtotalResult(
          subtotalID: "st1", title: "Trafficking hours within the total", status: .unmet, earnedMinutes: 90,
          requiredMinutes: 120, shortfallMinutes: 30, countedCredits: [1])
      ])
    #expect(result.total.earnedMinutes == 690 && !result.isCompliant)
    var certified = nurse
    certified.attributes = ["national-certification"]
    #expect(evaluator.evaluate(certified, credits: credits).subtotal("st1")?.status == .waived(.certification))
  }

  /// Which time a requirement falls due in a license's cycle, by frequency.
  @Test(
    arguments: [
      (Requirement.Frequency.everyCycle, 3, 3), (.everyCycle, nil, nil), (.yearly, 2, 2),
      (.oneTime, nil, 1), (.oneTime, 5, 1),
      (.everyNthCycle(every: 3, firstDue: 1), 1, 1), (.everyNthCycle(every: 3, firstDue: 1), 2, nil),
      (.everyNthCycle(every: 3, firstDue: 1), 4, 2), (.everyNthCycle(every: 3, firstDue: 1), 7, 3),
      (.everyNthCycle(every: 2, firstDue: 2), 1, nil), (.everyNthCycle(every: 2, firstDue: 2), 2, 1),
      (.everyNthCycle(every: 2, firstDue: 2), 4, 2), (.everyNthCycle(every: 3, firstDue: 3), 6, 2),
      (.everyNthCycle(every: 3, firstDue: 3), nil, nil),
    ] as [(Requirement.Frequency, Int?, Int?)])
  func occurrenceOfACycle(_ frequency: Requirement.Frequency, _ cycle: Int?, _ occurrence: Int?) {
    #expect(frequency.occurrence(inCycle: cycle) == occurrence)
  }
}
