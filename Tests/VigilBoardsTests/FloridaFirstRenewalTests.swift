import Testing
import VigilBase
import VigilBoards
import VigilCourse

/// Florida's first-renewal exemption for nurses licensed by examination, as the Board's help center states
/// it: the hours are waived "with the exception of" medical errors and laws and rules, and s. 464.013(3)(c)
/// keeps human trafficking due for every licensee.
@Suite struct FloridaFirstRenewalTests {
  /// A license by examination issued 2025-09-15 and expiring 2027-04-30: the cycle 2025-05-01 to
  /// 2027-04-30 holds the issue date, so it is the first.
  private func byExamination(_ type: String) -> LicenseProfile {
    LicenseProfile(
      boardID: "fl-bon", licenseType: type, number: "FX1", expires: date(2027, 4, 30), issued: date(2025, 9, 15),
      attributes: ["licensed-by-examination"])
  }

  private func floridaCourse(_ topic: String, on day: CalendarDate) -> EarnedCredit {
    credit(topic, on: day, "FL-BON", minutes: 120, topics: [topic])
  }

  /// The three topics that stay due, 2 hours each through a Board-approved provider.
  private var threeTopics: [EarnedCredit] {
    [
      floridaCourse("medical-errors", on: date(2025, 10, 1)),
      floridaCourse("florida-nursing-laws-and-rules", on: date(2025, 11, 1)),
      floridaCourse("human-trafficking", on: date(2025, 12, 1)),
    ]
  }

  @Test func withoutCreditThreeTopicsAreMissing() throws {
    let result = try RealBoards.evaluator("fl-bon").evaluate(byExamination("RN"), credits: [])
    #expect(result.cycle.number == 1)
    #expect((result.total.waiver, result.total.requiredMinutes) == (.firstRenewal, 0))
    for id in ["fl-medical-errors", "fl-laws-and-rules", "fl-human-trafficking"] {
      let topic = try #require(result.requirement(id))
      #expect(
        (topic.status, topic.earnedMinutes, topic.requiredMinutes, topic.shortfallMinutes) == (.unmet, 0, 120, 120))
    }
    #expect(result.requirement("fl-impairment")?.status == .waived(.firstRenewal))
    #expect(result.requirement("fl-domestic-violence")?.status == .waived(.firstRenewal))
    #expect(!result.isCompliant)
  }

  @Test func theThreeTopicsAreEnoughInTheFirstCycle() throws {
    let result = try RealBoards.evaluator("fl-bon").evaluate(byExamination("RN"), credits: threeTopics)
    #expect(result.requirements.filter { $0.status == .met }.count == 3)
    #expect((result.total.earnedMinutes, result.total.requiredMinutes) == (360, 0))
    #expect(result.isCompliant)
  }

  @Test func anAPRNStillOwesControlledSubstances() throws {
    let evaluator = try RealBoards.evaluator("fl-bon")
    let without = evaluator.evaluate(byExamination("APRN"), credits: threeTopics)
    let controlled = try #require(without.requirement("fl-aprn-controlled-substances"))
    #expect((controlled.status, controlled.requiredMinutes, controlled.shortfallMinutes) == (.unmet, 180, 180))
    #expect(!without.isCompliant)
    let prescribing = credit("cs", on: date(2026, 1, 10), "ANCC", minutes: 180, topics: ["controlled-substances"])
    #expect(evaluator.evaluate(byExamination("APRN"), credits: threeTopics + [prescribing]).isCompliant)
  }
}
