import Foundation
import Testing
import VigilBase
import VigilCourse
import VigilTestSupport
import VigilXML

/// One invalid fixture per rule: each must produce exactly that rule's diagnostic, at the right place.
@Suite struct CourseRuleTests {
  private func only(_ diagnostics: [Diagnostic]) throws -> Diagnostic {
    #expect(diagnostics.count == 1, "\(diagnostics)")
    return try #require(diagnostics.first)
  }

  @Test func validFixtureHasNoDiagnostics() throws {
    #expect(try CourseFixture().diagnostics().isEmpty)
  }

  @Test func duplicateQuestionID() throws {
    var fixture = CourseFixture()
    fixture.replace(
      "    </questionBank>",
      with: """
            <question id="q1" kind="true-false" answer="false"><prompt>Again?</prompt><feedback>No.</feedback></question>
          </questionBank>
        """)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .duplicateID)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.location == SourceLocation(line: 34, column: 15))
    #expect(diagnostic.message.contains("question id 'q1' is already used at line 24"))
  }

  @Test func unresolvedBankReference() throws {
    var fixture = CourseFixture()
    fixture.replace(#"bank="bank" select="2""#, with: #"bank="nope" select="2""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .unresolvedReference)
    #expect(diagnostic.location == fixture.location(of: #"bank="nope""#))
  }

  @Test func unresolvedObjectiveReference() throws {
    var fixture = CourseFixture()
    fixture.replace(#"objectives="o1""#, with: #"objectives="o1 o9""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .unresolvedReference)
    #expect(diagnostic.message.contains("'o9'"))
    #expect(diagnostic.location == fixture.location(of: #"objectives="o1 o9""#))
  }

  @Test func multipleResponseWithoutScheme() throws {
    var fixture = CourseFixture()
    fixture.replace(#"<question id="q1" kind="single-choice""#, with: #"<question id="q1" kind="multiple-response""#)
    let diagnostics = try fixture.diagnostics()
    let diagnostic = try #require(diagnostics.first { $0.ruleID == .questionKindMismatch })
    #expect(diagnostic.location == fixture.location(of: #"<question id="q1""#))
    #expect(diagnostic.message.contains("scheme"))
  }

  @Test func choiceInTrueFalseQuestion() throws {
    var fixture = CourseFixture()
    fixture.replace(
      "<prompt>Movement across borders is not required.</prompt>",
      with: #"<prompt>Movement across borders is not required.</prompt><choice id="x">X</choice>"#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .questionKindMismatch)
    #expect(diagnostic.location == fixture.location(of: #"<choice id="x">"#))
  }

  @Test func questionWithoutCorrectChoice() throws {
    var fixture = CourseFixture()
    fixture.replace(#"<choice id="a" correct="true">"#, with: #"<choice id="a">"#)
    let diagnostics = try fixture.diagnostics()
    let diagnostic = try #require(diagnostics.first { $0.ruleID == .questionUnanswerable })
    #expect(diagnostic.location == fixture.location(of: #"<question id="q1""#))
  }

  @Test func selectLargerThanBank() throws {
    var fixture = CourseFixture()
    fixture.replace(#"select="2""#, with: #"select="3""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .selectExceedsBank)
    #expect(diagnostic.location == fixture.location(of: #"select="3""#))
  }

  @Test func passMarkUnreachable() throws {
    var fixture = CourseFixture()
    fixture.replace(#"<choice id="b">911</choice>"#, with: #"<choice id="b" weight="0.5">911</choice>"#)
    fixture.replace(#"<choice id="a" correct="true">"#, with: #"<choice id="a" weight="0.5">"#)
    fixture.replace(#"passPercent="80""#, with: #"passPercent="100""#)
    let rules = try fixture.diagnostics().map(\.ruleID)
    #expect(rules.contains(.passMarkUnreachable))
    let diagnostic = try #require(try fixture.diagnostics().first { $0.ruleID == .passMarkUnreachable })
    #expect(diagnostic.location == fixture.location(of: #"passPercent="100""#))
  }

  @Test func courseExpiresBeforeRelease() throws {
    var fixture = CourseFixture()
    fixture.replace("<expires>2027-12-31</expires>", with: "<expires>2025-12-31</expires>")
    let diagnostics = try fixture.diagnostics()
    let diagnostic = try #require(diagnostics.first { $0.ruleID == .courseDates })
    #expect(diagnostic.location == SourceLocation(line: 6, column: 3))
  }

  @Test func approvalEndsBeforeItStarts() throws {
    var fixture = CourseFixture()
    fixture.replace(#"validFrom="2026-01-01" validUntil="2027-12-31""#, with: #"validFrom="2026-01-01" validUntil="2025-12-31""#)
    let diagnostics = try fixture.diagnostics()
    // The approval has also expired by the fixture's "today", which is a warning of its own.
    #expect(diagnostics.filter { $0.severity == .warning }.map(\.ruleID) == [.approvalExpiring])
    let diagnostic = try only(diagnostics.filter { $0.severity == .error })
    #expect(diagnostic.ruleID == .approvalDates)
    #expect(diagnostic.location == fixture.location(of: "validUntil="))
  }

  @Test func approvalOutsideCourseLife() throws {
    var fixture = CourseFixture()
    fixture.replace(#"validFrom="2026-01-01" validUntil="2027-12-31""#, with: #"validFrom="2028-01-01" validUntil="2029-12-31""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .approvalDates)
    #expect(diagnostic.location == fixture.location(of: "validFrom="))
  }

  @Test func approvalHoursExceedLearning() throws {
    var fixture = CourseFixture()
    fixture.replace(#"hours="0.1""#, with: #"hours="1.0""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .approvalHours)
    #expect(diagnostic.message.contains("1.0 h (60 min)"))
    #expect(diagnostic.message.contains("6 min of learning"))
    #expect(diagnostic.location == fixture.location(of: #"hours="1.0""#))
  }

  @Test(arguments: [
    ("2027-12-31", "expires on 2027-12-31, in 0 days"), ("2028-01-01", "expired on 2027-12-31"),
    ("2027-10-02", "in 90 days"), ("2027-10-01", nil),
  ])
  func approvalExpiryWarning(today: String, expected: String?) throws {
    let date = try #require(CalendarDate(today))
    let diagnostics = try CourseFixture().diagnostics(today: date)
    if let expected {
      let diagnostic = try only(diagnostics)
      #expect(diagnostic.ruleID == .approvalExpiring)
      #expect(diagnostic.severity == .warning)
      #expect(diagnostic.message.contains(expected))
    } else {
      #expect(diagnostics.isEmpty)
    }
  }

  @Test func lessonReadingTimeFarFromEstimate() throws {
    var fixture = CourseFixture()
    fixture.replace(#"<lesson id="l1" minutes="1""#, with: #"<lesson id="l1" minutes="3""#)
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .lessonReadingTime)
    #expect(diagnostic.severity == .warning)
    // 2 title words + 1 heading word + 60 × 3 words = 183 words, 0.915 min at 200 a minute.
    #expect(diagnostic.message.contains("183 words read in about 0.9 min"))
    #expect(diagnostic.location == fixture.location(of: #"minutes="3""#))
  }

  @Test func questionWithoutFeedback() throws {
    var fixture = CourseFixture()
    fixture.replace("<feedback>Right: trafficking can happen in a victim's home town.</feedback>", with: "")
    let diagnostic = try only(fixture.diagnostics())
    #expect(diagnostic.ruleID == .questionWithoutFeedback)
    #expect(diagnostic.location == fixture.location(of: #"<question id="q2""#))
  }

  @Test func schemaErrorPointsAtAttribute() throws {
    var fixture = CourseFixture()
    fixture.replace(#"passPercent="80""#, with: #"passPercent="120""#)
    let diagnostics = try fixture.diagnostics()
    let diagnostic = try #require(diagnostics.first { $0.ruleID == .schema })
    #expect(diagnostic.location == fixture.location(of: #"passPercent="120""#))
    #expect(diagnostic.message.contains("passPercent"))
  }

  /// A credit's topics go into the ledger, which stores ids of letters and digits in groups joined by
  /// single hyphens, at most 40: a course cannot name one it would refuse when a learner passes.
  @Test(arguments: ["human--trafficking", "human-trafficking-", String(repeating: "a", count: 41)])
  func aTopicTheLedgerWouldRefuseIsASchemaError(topic: String) throws {
    var fixture = CourseFixture()
    fixture.replace("<topic>human-trafficking</topic>", with: "<topic>\(topic)</topic>")
    #expect(try fixture.diagnostics().contains { $0.ruleID == .schema })
  }

  @Test func allSchemaErrorsInOnePass() throws {
    var fixture = CourseFixture()
    fixture.replace(#"passPercent="80""#, with: #"passPercent="120""#)
    fixture.replace(#"<lesson id="l1" minutes="1""#, with: #"<lesson id="l1" minutes="-1""#)
    let schemaErrors = try fixture.diagnostics().filter { $0.ruleID == .schema }
    #expect(schemaErrors.count == 2)
  }
}
