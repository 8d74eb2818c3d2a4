import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilTestSupport

/// Compliance rules beyond the issue's scenarios: frequencies, caps, repeats, waivers, anchors.
@Suite struct ComplianceRuleTests {
  /// A Texas license whose cycle runs 2026-02-01 to 2028-01-31.
  private func texas(_ type: String, issued: CalendarDate? = nil, _ attributes: Set<String>) -> LicenseProfile {
    LicenseProfile(
      boardID: "tx-bon", licenseType: type, number: "T1", expires: date(2028, 1, 31), issued: issued,
      attributes: attributes)
  }

  @Test func yearlyRequirementNeedsItsHoursInEachYear() throws {
    let aprn = texas("APRN", ["prescriptive-authority", "opioid-prescriptive-authority"])
    let evaluator = try RealBoards.evaluator("tx-bon")
    let firstYear = credit("opioids-1", on: date(2026, 6, 1), "ANCC", minutes: 180, topics: ["opioid-prescribing"])
    let result = evaluator.evaluate(aprn, credits: [firstYear])
    let opioids = try #require(result.requirement("tx-aprn-opioid-prescribing"))
    #expect((opioids.status, opioids.earnedMinutes, opioids.requiredMinutes) == (.unmet, 120, 240))
    #expect(opioids.shortfallMinutes == 120)
    // Pharmacotherapeutics (5 hours) is on top of the 20.
    #expect(result.total.requiredMinutes == 25 * 60 && result.total.onTopMinutes == 300)

    let secondYear = credit("opioids-2", on: date(2027, 2, 1), "ANCC", minutes: 120, topics: ["opioid-prescribing"])
    let met = evaluator.evaluate(aprn, credits: [firstYear, secondYear])
    #expect(met.requirement("tx-aprn-opioid-prescribing")?.status == .met)
    #expect(met.requirement("tx-aprn-opioid-prescribing")?.satisfiedBy == [0, 1].reversed())
  }

  @Test func everyThirdCycleLooksBackWhenTheIssueDateIsUnknown() throws {
    let nurse = texas("RN", [])
    let evaluator = try RealBoards.evaluator("tx-bon")
    let ethics = credit("ethics", on: date(2023, 3, 1), "ANCC", minutes: 120, topics: ["nursing-jurisprudence-ethics"])
    let result = evaluator.evaluate(nurse, credits: [ethics])
    let jurisprudence = try #require(result.requirement("tx-jurisprudence-ethics"))
    #expect(jurisprudence.status == .met && jurisprudence.satisfiedBy == [0])
    // Taken in the cycle ending 2024-01-31: due again by the end of the third cycle after it.
    #expect(jurisprudence.nextDue == date(2030, 1, 31))
    #expect(result.total.earnedMinutes == 0)

    let tooOld = credit("ethics", on: date(2021, 6, 1), "ANCC", minutes: 120, topics: ["nursing-jurisprudence-ethics"])
    #expect(evaluator.evaluate(nurse, credits: [tooOld]).requirement("tx-jurisprudence-ethics")?.status == .unmet)
  }

  @Test func certificationReplacesTheHoursButNotTrafficking() throws {
    let evaluator = try RealBoards.evaluator("tx-bon")
    let nurse = texas("RN", issued: date(2026, 5, 1), ["direct-patient-care", "national-certification"])
    let bare = evaluator.evaluate(nurse, credits: [])
    #expect(bare.total.waiver == .certification && bare.total.totalID == "tx-total" && bare.total.requiredMinutes == 0)
    #expect(bare.requirement("tx-human-trafficking")?.status == .unmet)
    #expect(bare.requirement("tx-jurisprudence-ethics")?.status == .notDue)
    #expect(!bare.isCompliant)
    let hhsc = credit("ht", on: date(2026, 8, 1), "TX-HHSC", minutes: 60, topics: ["human-trafficking"])
    #expect(evaluator.evaluate(nurse, credits: [hhsc]).isCompliant)
  }

  @Test func rulesApplyOnlyFromTheirEffectiveDate() throws {
    var nurse = texas("RN", ["direct-patient-care", "emergency-room"])
    nurse.expires = date(2025, 12, 31)  // cycles end on 31 December of odd years, 2019 among them
    let result = try RealBoards.evaluator("tx-bon").evaluate(nurse, credits: [], cycleEndingOn: date(2019, 12, 31))
    #expect(result.cycle == BoardCycle(start: date(2018, 1, 1), end: date(2019, 12, 31)))
    #expect(result.requirement("tx-human-trafficking") == nil)
    #expect(result.requirement("tx-forensic-evidence")?.status == .unmet)
    #expect(result.requirement("tx-older-adult") == nil)
  }

  @Test func aDateInsideACycleNamesThatCycleInsteadOfInventingOne() throws {
    // tx-bon: 24-month cycles ending on the license's expiry, 2028-01-31, and every two years before it.
    let nurse = texas("RN", ["direct-patient-care"])
    let evaluator = try RealBoards.evaluator("tx-bon")
    let inside = evaluator.evaluate(nurse, credits: [], cycleEndingOn: date(2026, 5, 5))
    #expect(inside.cycle == BoardCycle(start: date(2026, 2, 1), end: date(2028, 1, 31)))
    let earlier = evaluator.evaluate(nurse, credits: [], cycleEndingOn: date(2024, 6, 1))
    #expect(earlier.cycle == BoardCycle(start: date(2024, 2, 1), end: date(2026, 1, 31)))
    let exactEnd = evaluator.evaluate(nurse, credits: [], cycleEndingOn: date(2026, 1, 31))
    #expect(exactEnd.cycle == earlier.cycle)
  }

  @Test func michiganCapsADayAtTwelveHoursAndCountsACourseOncePerCycle() throws {
    let nurse = LicenseProfile(boardID: "mi-nursing", licenseType: "RN", number: "M1", expires: date(2028, 3, 31))
    let evaluator = try RealBoards.evaluator("mi-nursing")
    let sameDay = [
      credit("a", on: date(2026, 5, 1), "ANCC", minutes: 420), credit("b", on: date(2026, 5, 1), "ANCC", minutes: 420),
    ]
    let capped = evaluator.evaluate(nurse, credits: sameDay)
    #expect(capped.total.earnedMinutes == 720)
    #expect(capped.total.countedCredits == [0, 1])
    // 420 + 420 minutes on one day: the second course counts 300 (720 - 420); 120 minutes are cut.
    #expect(capped.total.capsApplied == [CapApplied(capID: "mi-daily", creditIndex: 1, minutesNotCounted: 120)])

    let repeated = [
      credit("a", on: date(2024, 5, 1), "ANCC", minutes: 60), credit("a", on: date(2026, 5, 1), "ANCC", minutes: 60),
      credit("a", on: date(2027, 5, 1), "ANCC", minutes: 60, version: "2.0.0"),
    ]
    let once = evaluator.evaluate(nurse, credits: repeated)
    #expect(once.total.earnedMinutes == 60 && once.total.countedCredits == [1])
    // Implicit bias (2 hours) counts within the 25 since R 338.7004 was amended on 23 March 2023.
    #expect(once.total.requiredMinutes == 25 * 60)
  }

  @Test func floridaCapsCMEForAPRNs() throws {
    let aprn = LicenseProfile(
      boardID: "fl-bon", licenseType: "APRN", number: "A1", expires: date(2027, 4, 30), issued: date(2018, 6, 15))
    let credits =
      generalCredits(10, minutes: 120, approver: "AMA-PRA-1", from: date(2025, 6, 1))
      + generalCredits(4, minutes: 120, approver: "FL-BON", from: date(2026, 6, 1)).map {
        var local = $0
        local.courseID += "-fl"
        return local
      }
    let result = try RealBoards.evaluator("fl-bon").evaluate(aprn, credits: credits)
    #expect(result.total.earnedMinutes == 720 + 480)
    #expect(result.requirement("fl-aprn-controlled-substances")?.status == .unmet)
  }

  @Test func texasPhysicianTraffickingIsDueInTheFirstCycleAndEveryThirdAfter() throws {
    let evaluator = try RealBoards.evaluator("tx-tmb")
    func physician(issued: CalendarDate, _ attributes: Set<String> = ["direct-patient-care"]) -> LicenseProfile {
      LicenseProfile(
        boardID: "tx-tmb", licenseType: "MD", number: "P1", expires: date(2028, 1, 31), issued: issued,
        attributes: attributes)
    }
    let hhsc = credit("ht", on: date(2026, 8, 1), "TX-HHSC", minutes: 60, topics: ["human-trafficking"])
    let first = evaluator.evaluate(physician(issued: date(2026, 3, 1)), credits: [hhsc])
    #expect(first.requirement("tmb-human-trafficking")?.status == .met)
    #expect(first.requirement("tmb-human-trafficking")?.nextDue == date(2034, 1, 31))
    // The first registration is exempt from the 48 credits (22 TAC 161.35), not from the trafficking hour.
    #expect(first.total.totalID == "tmb-total" && first.total.waiver == .firstRenewal)
    #expect(first.total.requiredMinutes == 0 && first.isCompliant)
    let second = evaluator.evaluate(physician(issued: date(2024, 3, 1)), credits: [])
    #expect(second.requirement("tmb-human-trafficking")?.status == .notDue)
    #expect(second.requirement("tmb-human-trafficking")?.nextDue == date(2032, 1, 31))
    let fourth = evaluator.evaluate(physician(issued: date(2020, 3, 1)), credits: [])
    #expect(fourth.cycle.number == 4 && fourth.requirement("tmb-human-trafficking")?.status == .unmet)
    // Without direct patient care only the (waived) ethics credits apply in the first cycle.
    let noPatients = evaluator.evaluate(physician(issued: date(2026, 3, 1), []), credits: [])
    #expect(noPatients.requirements.map(\.requirementID) == ["tmb-ethics"])
    #expect(noPatients.requirements.first?.status == .waived(.firstRenewal) && noPatients.isCompliant)
  }

  @Test func mississippiCyclesEndAtTheExpiryAndOnlyAPRNsNeedHours() throws {
    let evaluator = try RealBoards.evaluator("ms-bon")
    func nurse(_ type: String, _ attributes: Set<String> = []) -> LicenseProfile {
      LicenseProfile(
        boardID: "ms-bon", licenseType: type, number: "S1", expires: date(2026, 12, 31), attributes: attributes)
    }
    let aprn = evaluator.evaluate(nurse("APRN"), credits: [])
    #expect(aprn.cycle == BoardCycle(start: date(2025, 1, 1), end: date(2026, 12, 31)))
    #expect(aprn.requirement("ms-aprn-controlled-substances")?.shortfallMinutes == 300)
    let rn = evaluator.evaluate(nurse("RN"), credits: [])
    #expect(rn.isCompliant && rn.requirements.isEmpty && rn.total.requiredMinutes == 0)
    let returning = evaluator.evaluate(nurse("RN", ["out-of-practice-over-5-years"]), credits: [])
    #expect(returning.total.totalID == "ms-out-of-practice" && returning.total.requiredMinutes == 1200)
  }

  @Test func birthMonthCyclesEndAtTheEndOfTheMonth() throws {
    var fixture = BoardFixture()
    fixture.replace(#"anchor="license-expiry""#, with: #"anchor="birth-month""#)
    let board = try #require(try fixture.read().board)
    let license = LicenseProfile(boardID: "fixture", licenseType: "RN", number: "B1", expires: date(2027, 3, 15))
    let result = ComplianceEvaluator(board: board).evaluate(license, credits: [])
    #expect(result.cycle == BoardCycle(start: date(2025, 4, 1), end: date(2027, 3, 31)))
  }

  @Test func aCourseCountsOnceWithItsLargestCredit() throws {
    let nurse = texas("RN", ["direct-patient-care"])
    let credits = [
      credit("ht", on: date(2026, 9, 1), "ANCC", minutes: 60, topics: ["human-trafficking"]),
      credit("ht", on: date(2026, 9, 1), "TX-HHSC", minutes: 90, topics: ["human-trafficking"]),
      credit("ht", on: date(2026, 9, 1), "ANCC", minutes: 45, topics: ["human-trafficking"], version: "2.0.0"),
    ]
    let result = try RealBoards.evaluator("tx-bon").evaluate(nurse, credits: credits)
    // Version 2.0.0 is another activity. Toward the 20 hours the 1.0.0 completion counts once, through its
    // 60-minute ANCC credit: a TX-HHSC approval alone does not count toward them (22 TAC 216.3(a)).
    #expect(result.total.earnedMinutes == 60 + 45)
    #expect(result.total.countedCredits == [0, 2])
    #expect(result.requirement("tx-human-trafficking")?.satisfiedBy == [1])
    #expect(result.requirement("tx-human-trafficking")?.earnedMinutes == 90)
    // Michigan's training takes any approver: the larger credit counts. Michigan gives no credit for the
    // same course again in a cycle, so version 2.0.0 earns nothing; and as the training is separate from the
    // hours, only the ANCC credit counts toward the total.
    let michigan = LicenseProfile(boardID: "mi-nursing", licenseType: "RN", number: "M1", expires: date(2028, 3, 31))
    let training = try RealBoards.evaluator("mi-nursing").evaluate(michigan, credits: credits)
    #expect(training.requirement("mi-human-trafficking")?.earnedMinutes == 90)
    #expect(training.requirement("mi-human-trafficking")?.satisfiedBy == [1])
    #expect(training.total.earnedMinutes == 60 && training.total.countedCredits == [0])
  }

  @Test func creditsOutsideTheCycleAreIgnoredAndIndicesFollowTheSlice() throws {
    let nurse = texas("RN", [])
    let all = [
      credit("other-licensee", on: date(2026, 3, 1), "ANCC", minutes: 600),
      credit("before", on: date(2026, 1, 31), "ANCC", minutes: 60),
      credit("inside", on: date(2026, 2, 1), "ANCC", minutes: 90),
      credit("after", on: date(2028, 2, 1), "ANCC", minutes: 60),
      credit("not-accepted", on: date(2027, 2, 1), "ACPE", minutes: 60),
    ]
    let result = try RealBoards.evaluator("tx-bon").evaluate(nurse, credits: all[1...])
    #expect(result.total.earnedMinutes == 90)
    #expect(result.total.countedCredits == [2])
  }
}
