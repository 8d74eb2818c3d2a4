import Testing
import VigilBase
import VigilCourse

/// Numbers the schema refuses but the tolerant builder still meets: they must give schema errors, never a
/// trap (17+ digit hours or time limits used to overflow `Int` in the builder).
@Suite struct HostileNumberTests {
  @Test(arguments: [
    (#"hours="0.1""#, #"hours="12345678901234567890""#),
    (#"hours="0.1""#, #"hours="99999999999999999.99""#),
    (#"maxAttempts="3""#, #"maxAttempts="123456789012345678901""#),
    (#"minutes="5""#, #"minutes="5" timeLimitMinutes="123456789012345678""#),
    (#"select="2""#, #"select="99999999999999999999999""#),
    (#"<lesson id="l1" minutes="1""#, #"<lesson id="l1" minutes="9223372036854775807""#),
    ("<released>2026-01-01</released>", "<released>0000-01-01</released>"),
    ("<released>2026-01-01</released>", "<released>2026-01-01Z</released>"),
  ])
  func hugeOrMalformedNumbersAreSchemaErrors(target: String, replacement: String) throws {
    var fixture = CourseFixture()
    fixture.replace(target, with: replacement)
    let diagnostics = try fixture.diagnostics()
    #expect(diagnostics.contains { $0.ruleID == .schema }, "\(diagnostics)")
  }

  @Test func aSchemaValidDrawCountIsBounded() throws {
    // 10,000 is the schema's bound for select and maxAttempts; one more is refused, not read as "all".
    var fixture = CourseFixture()
    fixture.replace(#"select="2""#, with: #"select="10001""#)
    #expect(try fixture.diagnostics().contains { $0.ruleID == .schema })
  }
}
