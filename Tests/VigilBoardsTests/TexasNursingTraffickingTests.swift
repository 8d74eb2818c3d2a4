import Testing
import VigilBase
import VigilBoards
import VigilCourse

/// Texas nurses' human trafficking course (22 TAC 216.3(i)) and the 20 contact hours (216.3(a)): only
/// programs approved by a credentialing agency or provider the Board recognizes count toward the 20, so a
/// course with nothing but an HHSC approval meets the trafficking rule without adding to the hours.
@Suite struct TexasNursingTraffickingTests {
  /// An RN in direct patient care whose cycle runs 2026-02-01 to 2028-01-31, the license's second (issued
  /// 2024-05-01), so jurisprudence and ethics (cycles 3, 6, ...) is not due.
  private let nurse = LicenseProfile(
    boardID: "tx-bon", licenseType: "RN", number: "TX2", expires: date(2028, 1, 31), issued: date(2024, 5, 1),
    attributes: ["direct-patient-care"])

  /// 600 + 540 = 1140 ANCC minutes: one hour short of the 20.
  private let general = [
    credit("g1", on: date(2026, 3, 1), "ANCC", minutes: 600),
    credit("g2", on: date(2026, 6, 1), "ANCC", minutes: 540),
  ]

  @Test func anHHSCOnlyCourseMeetsTraffickingButNotTheTwentyHours() throws {
    let hhsc = credit("ht-hhsc", on: date(2027, 1, 15), "TX-HHSC", minutes: 60, topics: ["human-trafficking"])
    let result = try RealBoards.evaluator("tx-bon").evaluate(nurse, credits: general + [hhsc])
    #expect(result.cycle.number == 2)
    let trafficking = try #require(result.requirement("tx-human-trafficking"))
    #expect((trafficking.status, trafficking.satisfiedBy) == (.met, [2]))
    #expect(
      (result.total.earnedMinutes, result.total.requiredMinutes, result.total.shortfallMinutes) == (1140, 1200, 60))
    #expect(result.total.countedCredits == [0, 1])
    #expect(result.requirements.filter(\.isBlocking).isEmpty)
    #expect(!result.isCompliant)
  }

  @Test func aCourseWithBothApprovalsCountsOnceThroughANCC() throws {
    let both = [
      credit("ht-both", on: date(2027, 1, 15), "ANCC", minutes: 60, topics: ["human-trafficking"]),
      credit("ht-both", on: date(2027, 1, 15), "TX-HHSC", minutes: 60, topics: ["human-trafficking"]),
    ]
    let result = try RealBoards.evaluator("tx-bon").evaluate(nurse, credits: general + both)
    #expect(result.requirement("tx-human-trafficking")?.satisfiedBy == [3])
    #expect((result.total.earnedMinutes, result.total.countedCredits) == (1200, [0, 1, 2]))
    #expect(result.isCompliant)
  }

  @Test func anApplicationDateChangesNothingWithoutALookBack() throws {
    let evaluator = try RealBoards.evaluator("tx-bon")
    let credits = general + [credit("late", on: date(2028, 1, 20), "ANCC", minutes: 60)]
    #expect(
      evaluator.evaluate(nurse, credits: credits, applicationDate: date(2027, 11, 1))
        == evaluator.evaluate(nurse, credits: credits))
  }
}
