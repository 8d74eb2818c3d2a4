import Testing
import VigilBase
import VigilBoards
import VigilCourse

/// Texas physicians' carry-forward and cure (22 TAC 161.35(c)): at most 48 excess credits carry into the
/// next registration period only, never the required topic credits; a deficiency can be made up within
/// 30 days after the renewal. Expected values are worked out by hand from the rule; 1 credit = 60 minutes.
@Suite struct CarryForwardAndCureTests {
  /// `count` AMA PRA Category 1 courses named `prefix-N` of `minutes` each, one a week from `start`.
  private func formal(_ prefix: String, _ count: Int, minutes: Int = 300, from start: CalendarDate) -> [EarnedCredit] {
    (0..<count).map { credit("\(prefix)-\($0)", on: start.adding(days: 7 * $0), "AMA-PRA-1", minutes: minutes) }
  }

  private func ethics(_ id: String, on day: CalendarDate) -> EarnedCredit {
    credit(id, on: day, "AMA-PRA-1", minutes: 120, topics: ["ethics-professional-responsibility"])
  }

  private func trafficking(_ id: String, on day: CalendarDate) -> EarnedCredit {
    credit(id, on: day, "AMA-PRA-1", minutes: 60, topics: ["human-trafficking"])
  }

  /// The license's cycle 3 (2024-09-01 to 2026-08-31): ethics due, trafficking not. Courses start
  /// 2024-10-15, beyond the 30 days in which cycle 2 could take them.
  private func previousCycle(formalCourses count: Int) -> [EarnedCredit] {
    formal("prev", count, from: date(2024, 10, 15)) + [ethics("prev-eth", on: date(2025, 2, 1))]
  }

  /// One carry-forward case: the formal courses of each cycle and the expected minutes.
  struct Carry: Sendable, CustomTestStringConvertible {
    var previousCourses: Int
    var currentCourses: Int
    var carriedIn: Int
    var earned: Int
    var formalEarned: Int
    var carriedForward: Int
    var compliant: Bool
    var testDescription: String { "\(previousCourses) courses before, \(currentCourses) now" }
  }

  /// Cycle 4 (2026-09-01 to 2028-08-31) of a license issued 2020-09-01, after cycle 3; the current cycle
  /// always holds ethics (120) and trafficking (60), both required topics.
  @Test(arguments: [
    // Cycle 3: 12 × 300 + 120 = 3720; out = min(2880, 3720 - 2880, 3720 - 120) = 840.
    // Cycle 4: 7 × 300 + 180 = 2280 own + 840 = 3120; out = min(2880, 3120 - 2880, 2280 - 180) = 240.
    Carry(
      previousCourses: 12, currentCourses: 7, carriedIn: 840, earned: 3120, formalEarned: 2280, carriedForward: 240,
      compliant: true),
    // Cycle 3: 20 × 300 + 120 = 6120; out = min(2880, 3240, 6000) = 2880, the 48-credit cap.
    // Cycle 4: 5 × 300 + 180 = 1680 own + 2880 = 4560; out = min(2880, 1680, 1680 - 180) = 1500.
    Carry(
      previousCourses: 20, currentCourses: 5, carriedIn: 2880, earned: 4560, formalEarned: 1680, carriedForward: 1500,
      compliant: true),
    // Cycle 4: only the 180 topic minutes + 2880 carried = 3060 meets the 48, but carried credit is not
    // formal: 180 of 1440. out = min(2880, 180, 180 - 180) = 0: topic credit is never carried.
    Carry(
      previousCourses: 20, currentCourses: 0, carriedIn: 2880, earned: 3060, formalEarned: 180, carriedForward: 0,
      compliant: false),
  ])
  func excessCreditCarriesIntoTheNextPeriodOnly(_ row: Carry) throws {
    let current =
      formal("now", row.currentCourses, from: date(2026, 10, 15))
      + [ethics("eth", on: date(2027, 1, 15)), trafficking("ht", on: date(2027, 2, 1))]
    let license = TexasPhysicianCMETests.physician(issued: date(2020, 9, 1))
    let result = try RealBoards.evaluator("tx-tmb").evaluate(
      license, credits: previousCycle(formalCourses: row.previousCourses) + current)
    #expect(result.cycle.number == 4)
    #expect(result.total.carriedInMinutes == row.carriedIn)
    #expect(result.total.earnedMinutes == row.earned)
    #expect(result.total.shortfallMinutes == max(0, 2880 - row.earned))
    #expect(result.subtotal("tmb-formal")?.earnedMinutes == row.formalEarned)
    #expect(result.total.carriedForwardMinutes == row.carriedForward)
    #expect(result.requirement("tmb-human-trafficking")?.status == .met)
    #expect(result.requirement("tmb-ethics")?.status == .met)
    #expect(result.isCompliant == row.compliant)
  }

  @Test func nothingCarriesOutOfTheExemptFirstCycle() throws {
    // Issued 2024-09-01: 2024-09-01 to 2026-08-31 is cycle 1, whose 48 credits are waived.
    let license = TexasPhysicianCMETests.physician(issued: date(2024, 9, 1))
    let credits = formal("first", 40, from: date(2024, 10, 15)) + formal("now", 5, from: date(2026, 10, 15))
    let result = try RealBoards.evaluator("tx-tmb").evaluate(license, credits: credits)
    #expect(result.cycle.number == 2)
    #expect(
      (result.total.carriedInMinutes, result.total.earnedMinutes, result.total.shortfallMinutes) == (0, 1500, 1380))
  }

  /// Cycle 4 of a license issued 2020-09-01 holding 8 × 300 + 240 formal, the ethics and trafficking
  /// courses: 2640 + 120 + 60 = 2820, 60 short of 2880. The cure period runs 2028-09-01 to 2028-09-30.
  private let shortCycle =
    (0..<8).map { credit("g-\($0)", on: date(2026, 10, 15).adding(days: 7 * $0), "AMA-PRA-1", minutes: 300) } + [
      credit("g-240", on: date(2027, 1, 5), "AMA-PRA-1", minutes: 240),
      credit("eth", on: date(2027, 1, 15), "AMA-PRA-1", minutes: 120, topics: ["ethics-professional-responsibility"]),
      credit("ht", on: date(2027, 2, 1), "AMA-PRA-1", minutes: 60, topics: ["human-trafficking"]),
    ]

  /// One cure case: the courses completed after 2028-08-31 and what they do for cycle 4.
  struct Cure: Sendable, CustomTestStringConvertible {
    var name: String
    var late: [EarnedCredit]
    var earned: Int
    var taken: [Int]
    var carriedForward: Int
    var testDescription: String { name }
  }

  @Test(arguments: [
    // Day 20 of 30: the 120 minutes make up the 60 missing; 2940 - 2880 = 60 carries forward.
    Cure(
      name: "day 20", late: [credit("late", on: date(2028, 9, 20), "AMA-PRA-1", minutes: 120)],
      earned: 2940, taken: [11], carriedForward: 60),
    // Day 31 is outside the 30 days: still 60 short.
    Cure(
      name: "day 31", late: [credit("late", on: date(2028, 10, 1), "AMA-PRA-1", minutes: 120)],
      earned: 2820, taken: [], carriedForward: 0),
    // 30 minutes leave 30 missing, so the next course is taken too: 2910, and 30 carries forward.
    Cure(
      name: "two courses",
      late: [
        credit("late-1", on: date(2028, 9, 5), "AMA-PRA-1", minutes: 30),
        credit("late-2", on: date(2028, 9, 10), "AMA-PRA-1", minutes: 60),
      ], earned: 2910, taken: [11, 12], carriedForward: 30),
    // An HHSC-approved course in the second occurrence counts toward nothing, so it is not taken.
    Cure(
      name: "HHSC course",
      late: [credit("ht-hhsc", on: date(2028, 9, 10), "TX-HHSC", minutes: 60, topics: ["human-trafficking"])],
      earned: 2820, taken: [], carriedForward: 0),
  ])
  func aShortfallCanBeMadeUpWithinThirtyDays(_ row: Cure) throws {
    let license = TexasPhysicianCMETests.physician(issued: date(2020, 9, 1))
    let result = try RealBoards.evaluator("tx-tmb").evaluate(license, credits: shortCycle + row.late)
    #expect(result.cycle.number == 4)
    #expect(result.total.earnedMinutes == row.earned)
    #expect(result.total.shortfallMinutes == max(0, 2880 - row.earned))
    #expect(result.cure == CureResult(deadline: date(2028, 9, 30), credits: row.taken))
    #expect(result.total.carriedForwardMinutes == row.carriedForward)
    #expect(result.isCompliant == (row.earned >= 2880))
  }

  @Test func aCourseTakenByTheCureDoesNotCountAgainInTheNextCycle() throws {
    let late = credit("late", on: date(2028, 9, 20), "AMA-PRA-1", minutes: 120)
    // Renewed to 2030-08-31: cycle 5 (2028-09-01 to 2030-08-31), after cycle 4 took the late course.
    var license = TexasPhysicianCMETests.physician(issued: date(2020, 9, 1))
    license.expires = date(2030, 8, 31)
    let evaluator = try RealBoards.evaluator("tx-tmb")
    let next = evaluator.evaluate(license, credits: shortCycle + [late])
    #expect(next.cycle == BoardCycle(start: date(2028, 9, 1), end: date(2030, 8, 31), number: 5))
    #expect((next.total.carriedInMinutes, next.total.earnedMinutes, next.total.countedCredits) == (60, 60, []))
    // Completed on day 31, the course counts in cycle 5 instead, and cycle 4 carried nothing.
    let dayThirtyOne = credit("late", on: date(2028, 10, 1), "AMA-PRA-1", minutes: 120)
    let instead = evaluator.evaluate(license, credits: shortCycle + [dayThirtyOne])
    #expect(
      (instead.total.carriedInMinutes, instead.total.earnedMinutes, instead.total.countedCredits) == (0, 120, [11]))
  }

  @Test func aMissingTopicCanBeMadeUpAndNothingMoreIsTaken() throws {
    // 2820 formal + 120 ethics = 2940: the 48 are met but the trafficking hour is missing.
    let credits =
      (0..<9).map { credit("g-\($0)", on: date(2026, 10, 15).adding(days: 7 * $0), "AMA-PRA-1", minutes: 300) } + [
        credit("g-120", on: date(2027, 1, 5), "AMA-PRA-1", minutes: 120),
        credit("eth", on: date(2027, 1, 15), "AMA-PRA-1", minutes: 120, topics: ["ethics-professional-responsibility"]),
        credit("ht-late", on: date(2028, 9, 15), "AMA-PRA-1", minutes: 60, topics: ["human-trafficking"]),
        credit("late", on: date(2028, 9, 20), "AMA-PRA-1", minutes: 300),
      ]
    let result = try RealBoards.evaluator("tx-tmb").evaluate(
      TexasPhysicianCMETests.physician(issued: date(2020, 9, 1)), credits: credits)
    let trafficking = try #require(result.requirement("tmb-human-trafficking"))
    #expect((trafficking.status, trafficking.satisfiedBy) == (.met, [11]))
    // Nothing is short after ht-late, so the course of 2028-09-20 stays in the next cycle.
    #expect(result.cure == CureResult(deadline: date(2028, 9, 30), credits: [11]))
    #expect(result.total.earnedMinutes == 3000)
    // min(2880, 3000 - 2880, 3000 - (60 + 120)) = 120.
    #expect(result.total.carriedForwardMinutes == 120)
    #expect(result.isCompliant)
  }
}
