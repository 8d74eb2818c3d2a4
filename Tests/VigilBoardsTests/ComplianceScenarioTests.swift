import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilTestSupport

/// The scenarios against the real board files, with expected values computed by hand.
@Suite struct ComplianceScenarioTests {
  /// A Florida RN whose cycle runs 2025-05-01 to 2027-04-30; issued 2018-06-15 makes it the license's 5th
  /// cycle, in which neither impairment (cycles 2, 4, 6) nor domestic violence (3, 6, 9) is due.
  private func floridaRN(issued: CalendarDate = date(2018, 6, 15), _ attributes: Set<String> = []) -> LicenseProfile {
    LicenseProfile(
      boardID: "fl-bon", licenseType: "RN", number: "RN1", expires: date(2027, 4, 30), issued: issued,
      attributes: attributes)
  }

  private func floridaTopic(_ topic: String, on day: CalendarDate, minutes: Int = 120) -> EarnedCredit {
    credit(topic, on: day, "FL-BON", minutes: minutes, topics: [topic])
  }

  @Test func floridaWithoutMedicalErrorsIsShortTwoHoursOfItAndOfTheTotal() throws {
    let credits =
      [
        floridaTopic("human-trafficking", on: date(2025, 9, 1)),
        floridaTopic("florida-nursing-laws-and-rules", on: date(2025, 10, 1)),
      ] + generalCredits(9, minutes: 120, approver: "FL-BON", from: date(2025, 6, 1))
    let result = try RealBoards.evaluator("fl-bon").evaluate(floridaRN(), credits: credits)
    #expect(result.cycle == BoardCycle(start: date(2025, 5, 1), end: date(2027, 4, 30), number: 5))
    #expect(result.cycle.contains(date(2025, 5, 1)) && !result.cycle.contains(date(2027, 5, 1)))
    #expect(!result.isCompliant)
    #expect(result.total.earnedMinutes == 22 * 60)
    #expect(result.total.requiredMinutes == 24 * 60)
    #expect(result.total.shortfallMinutes == 120)
    let errors = try #require(result.requirement("fl-medical-errors"))
    #expect(errors.status == .unmet)
    #expect((errors.earnedMinutes, errors.requiredMinutes, errors.shortfallMinutes) == (0, 120, 120))
    #expect(errors.title == "Prevention of medical errors")
    let trafficking = try #require(result.requirement("fl-human-trafficking"))
    #expect(trafficking.status == .met && trafficking.earnedMinutes == 120 && trafficking.satisfiedBy == [0])
    #expect(result.requirement("fl-laws-and-rules")?.status == .met)
    #expect(result.requirement("fl-impairment")?.status == .notDue)
    #expect(result.requirement("fl-impairment")?.nextDue == date(2029, 4, 30))
    #expect(result.requirement("fl-domestic-violence")?.status == .notDue)
    #expect(result.requirement("fl-domestic-violence")?.nextDue == date(2029, 4, 30))
    #expect(result.requirement("fl-aprn-controlled-substances") == nil)
    #expect(result.requirements.filter(\.isBlocking).map(\.requirementID) == ["fl-medical-errors"])
  }

  @Test func texasTraffickingNeedsTheHHSCApprovalNotJustANCC() throws {
    let nurse = LicenseProfile(
      boardID: "tx-bon", licenseType: "RN", number: "TX1", expires: date(2028, 1, 31),
      attributes: ["direct-patient-care"])
    let board = try RealBoards.board("tx-bon")
    var course = try CreditAwardTests.course()
    // The real course's approval numbers are examples until a provider enters real ones; here they stand
    // for real approvals (sample credit counts toward nothing: see sampleCreditCountsTowardNothing).
    for index in course.approvals.indices { course.approvals[index].isExample = false }
    let both = try CreditAward(board: board).credits(for: course, completedOn: date(2027, 1, 15), license: nurse)
    course.approvals.removeAll { $0.approver == "TX-HHSC" }
    let anccOnly = try CreditAward(board: board).credits(for: course, completedOn: date(2027, 1, 15), license: nurse)
    #expect(anccOnly.map(\.approver) == ["ANCC"])
    let evaluator = ComplianceEvaluator(board: board)

    let unmet = evaluator.evaluate(nurse, credits: anccOnly)
    let trafficking = try #require(unmet.requirement("tx-human-trafficking"))
    #expect(trafficking.status == .unmet)
    #expect(trafficking.title == "Human trafficking prevention (Texas HHSC-approved)")
    #expect(!trafficking.hasMinimum && trafficking.satisfiedBy.isEmpty && trafficking.nextDue == date(2028, 1, 31))
    #expect(unmet.total.earnedMinutes == 60)
    #expect(!unmet.isCompliant)

    // With both approvals the HHSC credit meets the topic, and the hour counts once toward the total.
    let met = evaluator.evaluate(nurse, credits: both)
    #expect(met.requirement("tx-human-trafficking")?.status == .met)
    #expect(met.requirement("tx-human-trafficking")?.satisfiedBy == [1])
    #expect(met.total.earnedMinutes == 60)
    #expect(met.total.countedCredits.count == 1)
  }

  @Test func sampleCreditCountsTowardNothing() throws {
    let nurse = LicenseProfile(
      boardID: "tx-bon", licenseType: "RN", number: "TX1", expires: date(2028, 1, 31),
      attributes: ["direct-patient-care"])
    let board = try RealBoards.board("tx-bon")
    let course = try CreditAwardTests.course()
    let allExamples = course.approvals.allSatisfy(\.isExample)
    #expect(allExamples)
    let samples = try CreditAward(board: board).credits(for: course, completedOn: date(2027, 1, 15), license: nurse)
    let allSamples = samples.allSatisfy(\.isSample)
    #expect(samples.map(\.approver) == ["ANCC", "TX-HHSC"] && allSamples)
    let result = ComplianceEvaluator(board: board).evaluate(nurse, credits: samples)
    #expect(result.total.earnedMinutes == 0 && result.total.countedCredits.isEmpty)
    #expect(result.requirement("tx-human-trafficking")?.status == .unmet)
  }

  @Test func michiganOneTimeTraffickingTrainingStaysMet() throws {
    let nurse = LicenseProfile(
      boardID: "mi-nursing", licenseType: "RN", number: "MI1", expires: date(2028, 3, 31), issued: date(2015, 1, 1))
    let evaluator = try RealBoards.evaluator("mi-nursing")
    let earlier = credit("ht", on: date(2022, 5, 10), "ANCC", minutes: 60, topics: ["human-trafficking"])
    let result = evaluator.evaluate(nurse, credits: [earlier])
    #expect(result.cycle.start == date(2026, 4, 1))
    let trafficking = try #require(result.requirement("mi-human-trafficking"))
    #expect(trafficking.status == .met)
    #expect(trafficking.satisfiedBy == [0] && trafficking.earnedMinutes == 60)
    #expect(trafficking.nextDue == nil)
    // The training was in an earlier cycle: it adds nothing to this cycle's 25 hours.
    #expect(result.total.earnedMinutes == 0)

    let never = evaluator.evaluate(nurse, credits: [])
    #expect(never.requirement("mi-human-trafficking")?.status == .unmet)
    #expect(never.requirement("mi-human-trafficking")?.nextDue == date(2028, 3, 31))
  }

  @Test func floridaDomesticViolenceInTheThirdCycleComesOnTopOfTheTotal() throws {
    // Issued 2022-01-10, in the cycle 2021-05-01 to 2023-04-30: the cycle ending 2027-04-30 is the third.
    let nurse = floridaRN(issued: date(2022, 1, 10))
    let topics = ["human-trafficking", "medical-errors", "florida-nursing-laws-and-rules", "domestic-violence"]
    var credits = topics.enumerated().map { floridaTopic($1, on: date(2025, 6, 1 + $0)) }
    credits += generalCredits(8, minutes: 120, approver: "FL-BON", from: date(2025, 7, 1))
    let evaluator = try RealBoards.evaluator("fl-bon")

    let short = evaluator.evaluate(nurse, credits: credits)
    #expect(short.cycle.number == 3)
    #expect(short.requirement("fl-domestic-violence")?.status == .met)
    #expect(short.requirement("fl-domestic-violence")?.nextDue == date(2033, 4, 30))
    #expect(short.total.onTopMinutes == 120)
    #expect(short.total.requiredMinutes == 26 * 60)
    #expect(short.total.earnedMinutes == 24 * 60)
    #expect(short.total.shortfallMinutes == 120)
    #expect(!short.isCompliant)

    credits.append(credit("one-more", on: date(2026, 3, 1), "FL-BON", minutes: 120))
    let enough = evaluator.evaluate(nurse, credits: credits)
    #expect(enough.total.earnedMinutes == 26 * 60 && enough.total.shortfallMinutes == 0)
    #expect(enough.isCompliant)

    // In the license's second cycle domestic violence is not due and the total stays at 24 hours.
    let second = evaluator.evaluate(floridaRN(issued: date(2024, 1, 10)), credits: credits)
    #expect(second.cycle.number == 2)
    #expect(second.requirement("fl-domestic-violence")?.status == .notDue)
    #expect(second.requirement("fl-domestic-violence")?.nextDue == date(2029, 4, 30))
    #expect(second.total.requiredMinutes == 24 * 60 && second.total.onTopMinutes == 0)
  }

  @Test func floridaRoundsEachCourseDownToTheHalfHour() throws {
    let credits = [
      floridaTopic("human-trafficking", on: date(2025, 9, 1), minutes: 96),
      credit("general", on: date(2025, 9, 2), "FL-BON", minutes: 100),
    ]
    let result = try RealBoards.evaluator("fl-bon").evaluate(floridaRN(), credits: credits)
    let trafficking = try #require(result.requirement("fl-human-trafficking"))
    #expect(trafficking.earnedMinutes == 90)
    #expect(trafficking.status == .unmet && trafficking.shortfallMinutes == 30)
    #expect(result.total.earnedMinutes == 180)
  }

  @Test func floridaFirstRenewalByExaminationWaivesTheHoursButNotThreeTopics() throws {
    let evaluator = try RealBoards.evaluator("fl-bon")
    let result = evaluator.evaluate(floridaRN(issued: date(2026, 2, 1), ["licensed-by-examination"]), credits: [])
    #expect(result.cycle.number == 1)
    // The Board's page excepts medical errors and laws and rules from the exemption; s. 464.013(3)(c)
    // requires trafficking of every licensee. So the cycle is not compliant without them.
    #expect(!result.isCompliant)
    #expect(result.total.waiver == .firstRenewal)
    #expect(result.total.requiredMinutes == 0)
    #expect(result.requirements.count == 5)
    #expect(
      result.requirements.filter(\.isBlocking).map(\.requirementID) == [
        "fl-medical-errors", "fl-laws-and-rules", "fl-human-trafficking",
      ])
    #expect(
      result.requirements.filter { $0.status == .waived(.firstRenewal) }.map(\.requirementID) == [
        "fl-impairment", "fl-domestic-violence",
      ])

    // Licensed the same day by endorsement: 1 hour for each of the 15 months or partial months left.
    let prorated = evaluator.evaluate(floridaRN(issued: date(2026, 2, 1)), credits: [])
    #expect(prorated.total.isProrated)
    #expect(prorated.total.requiredMinutes == 15 * 60)
    #expect(!prorated.isCompliant)
    #expect(prorated.requirement("fl-medical-errors")?.status == .unmet)

    // The exemption is for the first cycle only.
    let later = evaluator.evaluate(floridaRN(["licensed-by-examination"]), credits: [])
    #expect(later.total.waiver == nil && later.total.requiredMinutes == 24 * 60)
  }
}
