import Testing
import VigilBase
import VigilBoards
import VigilCourse

/// Texas physicians under 22 TAC 161.35 and Occupations Code 156.060: 48 credits a registration period,
/// 24 of them formal, the trafficking hour among them, and an HHSC-approved course only for the first
/// renewal. Expected values are worked out by hand from the rules.
@Suite struct TexasPhysicianCMETests {
  /// An MD license expiring 2028-08-31, so the cycle evaluated runs 2026-09-01 to 2028-08-31.
  static func physician(issued: CalendarDate, _ attributes: Set<String> = ["direct-patient-care"]) -> LicenseProfile {
    LicenseProfile(
      boardID: "tx-tmb", licenseType: "MD", number: "P1", expires: date(2028, 8, 31), issued: issued,
      attributes: attributes)
  }

  /// Nine formal courses of 5 credits from 2026-10-01 (past the previous cycle's 30 days), the 2 ethics
  /// credits and an HHSC-approved trafficking course: 2700 + 120 + 60 minutes.
  private let credits =
    generalCredits(9, minutes: 300, approver: "AMA-PRA-1", from: date(2026, 10, 1)) + [
      credit("eth", on: date(2027, 1, 15), "AMA-PRA-1", minutes: 120, topics: ["ethics-professional-responsibility"]),
      credit("ht-hhsc", on: date(2027, 2, 1), "TX-HHSC", minutes: 60, topics: ["human-trafficking"]),
    ]

  @Test func anHHSCCourseDoesNotCountInTheSecondOccurrence() throws {
    // Issued 2020-09-01: cycles start 2020-09-01, 2022-09-01, 2024-09-01, so this is cycle 4, the second
    // time the trafficking hour falls due (cycles 1, 4, 7, ...).
    let result = try RealBoards.evaluator("tx-tmb").evaluate(Self.physician(issued: date(2020, 9, 1)), credits: credits)
    #expect(result.cycle == BoardCycle(start: date(2026, 9, 1), end: date(2028, 8, 31), number: 4))
    let trafficking = try #require(result.requirement("tmb-human-trafficking"))
    #expect((trafficking.status, trafficking.earnedMinutes, trafficking.shortfallMinutes) == (.unmet, 0, 60))
    #expect(trafficking.nextDue == date(2028, 8, 31))
    #expect(result.requirement("tmb-ethics")?.status == .met)
    // 2700 + 120; the HHSC credit counts neither as general credit nor through the topic this time.
    #expect(
      (result.total.totalID, result.total.earnedMinutes, result.total.requiredMinutes) == ("tmb-total", 2820, 2880))
    #expect(result.total.shortfallMinutes == 60 && !result.total.countedCredits.contains(10))
    let formal = try #require(result.subtotal("tmb-formal"))
    #expect((formal.status, formal.earnedMinutes, formal.requiredMinutes) == (.met, 2820, 1440))
    #expect(result.cure == CureResult(deadline: date(2028, 9, 30), credits: []))
    #expect(!result.isCompliant)
  }

  @Test func approvedCMEMeetsTheSecondOccurrence() throws {
    // One course with an AMA PRA Category 1 credit and an HHSC approval (credits 11 and 12).
    let both = [
      credit("ht-tma", on: date(2027, 3, 1), "AMA-PRA-1", minutes: 60, topics: ["human-trafficking"]),
      credit("ht-tma", on: date(2027, 3, 1), "TX-HHSC", minutes: 60, topics: ["human-trafficking"]),
    ]
    let result = try RealBoards.evaluator("tx-tmb").evaluate(
      Self.physician(issued: date(2020, 9, 1)), credits: credits + both)
    let trafficking = try #require(result.requirement("tmb-human-trafficking"))
    #expect((trafficking.status, trafficking.satisfiedBy, trafficking.nextDue) == (.met, [11], date(2034, 8, 31)))
    // 2820 + 60: the 48 credits are met, all of them formal.
    #expect((result.total.earnedMinutes, result.total.shortfallMinutes) == (2880, 0))
    #expect(result.total.countedCredits.contains(11) && !result.total.countedCredits.contains(10))
    #expect(result.subtotal("tmb-formal")?.earnedMinutes == 2880)
    #expect(result.total.carriedForwardMinutes == 0)
    #expect(result.isCompliant)
  }

  /// One first-registration case: whether the HHSC course was taken, the license's attributes, and the
  /// expected trafficking status (nil when the rule does not apply) and verdict.
  struct FirstRegistration: Sendable, CustomTestStringConvertible {
    var takesHHSCCourse: Bool
    var attributes: Set<String>
    var trafficking: RequirementResult.Status?
    var compliant: Bool
    var testDescription: String { "HHSC course \(takesHHSCCourse), attributes \(attributes.sorted())" }
  }

  /// The first registration (issued 2026-09-01, so this is cycle 1): the hours are waived, the
  /// trafficking hour is not, and an HHSC-approved course meets it.
  @Test(arguments: [
    FirstRegistration(takesHHSCCourse: true, attributes: ["direct-patient-care"], trafficking: .met, compliant: true),
    FirstRegistration(
      takesHHSCCourse: false, attributes: ["direct-patient-care"], trafficking: .unmet, compliant: false),
    FirstRegistration(takesHHSCCourse: false, attributes: [], trafficking: nil, compliant: true),
  ])
  func theFirstRegistrationIsExemptExceptFromTrafficking(_ row: FirstRegistration) throws {
    let hhsc = credit("ht-hhsc", on: date(2027, 2, 1), "TX-HHSC", minutes: 60, topics: ["human-trafficking"])
    let license = Self.physician(issued: date(2026, 9, 1), row.attributes)
    let result = try RealBoards.evaluator("tx-tmb").evaluate(license, credits: row.takesHHSCCourse ? [hhsc] : [])
    #expect(result.cycle.number == 1)
    #expect(
      (result.total.totalID, result.total.waiver, result.total.requiredMinutes) == ("tmb-total", .firstRenewal, 0))
    #expect(result.subtotal("tmb-formal")?.status == .waived(.firstRenewal))
    #expect(result.requirement("tmb-ethics")?.status == .waived(.firstRenewal))
    #expect(result.requirement("tmb-human-trafficking")?.status == row.trafficking)
    #expect(result.isCompliant == row.compliant)
    if row.takesHHSCCourse {
      // Occurrence 1 accepts the HHSC course; next due at the end of cycle 4.
      #expect(result.requirement("tmb-human-trafficking")?.nextDue == date(2034, 8, 31))
      // The trafficking requirement is within the total, so the accepted HHSC hour counts toward it; but
      // nothing carries out of a cycle whose total is waived.
      #expect(result.total.earnedMinutes == 60 && result.total.carriedForwardMinutes == 0)
    }
  }
}
