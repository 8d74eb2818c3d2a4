import Testing
import VigilBase
import VigilBoards
import VigilCourse

/// Michigan implicit bias training under R 338.7004 as amended on 23 March 2023: within the 25 hours, never
/// carried forward, no credit for the same training twice in a cycle. Expected values are worked out by
/// hand from the rule; every credit is ANCC at 60 minutes an hour.
@Suite struct MichiganImplicitBiasTests {
  /// An RN license expiring 2028-03-31: the cycle runs 2026-04-01 to 2028-03-31.
  private let nurse = LicenseProfile(
    boardID: "mi-nursing", licenseType: "RN", number: "MB1", expires: date(2028, 3, 31))

  @Test func implicitBiasCountsWithinTheTwentyFiveHours() throws {
    let credits = [
      credit("bias", on: date(2026, 5, 1), "ANCC", minutes: 120, topics: ["implicit-bias"]),
      credit("pain", on: date(2026, 6, 1), "ANCC", minutes: 120, topics: ["pain-symptom-management"]),
      credit("ht", on: date(2026, 7, 1), "ANCC", minutes: 60, topics: ["human-trafficking"]),
      credit("g1", on: date(2026, 8, 1), "ANCC", minutes: 420),
      credit("g2", on: date(2026, 9, 1), "ANCC", minutes: 420),
      credit("g3", on: date(2026, 10, 1), "ANCC", minutes: 360),
    ]
    let result = try RealBoards.evaluator("mi-nursing").evaluate(nurse, credits: credits)
    // 120 + 120 + 60 + 420 + 420 + 360 = 1500 minutes, no day over the 12-hour cap; 25 h = 1500 required.
    // (With the 2022 rule's "in addition to", 27 h = 1620 would have been required.)
    #expect(result.total.earnedMinutes == 1500)
    #expect(result.total.requiredMinutes == 1500 && result.total.onTopMinutes == 0)
    #expect(result.total.shortfallMinutes == 0)
    let bias = try #require(result.requirement("mi-implicit-bias"))
    #expect((bias.status, bias.earnedMinutes, bias.requiredMinutes, bias.satisfiedBy) == (.met, 120, 120, [0]))
    #expect(result.requirement("mi-pain-management")?.status == .met)
    #expect(result.requirement("mi-human-trafficking")?.status == .met)
    #expect(result.isCompliant)
  }

  @Test func implicitBiasHoursDoNotCarryForward() throws {
    // 240 minutes in the cycle 2024-04-01 to 2026-03-31 do nothing for this one.
    let earlier = credit("bias-old", on: date(2025, 5, 1), "ANCC", minutes: 240, topics: ["implicit-bias"])
    let result = try RealBoards.evaluator("mi-nursing").evaluate(nurse, credits: [earlier])
    let bias = try #require(result.requirement("mi-implicit-bias"))
    #expect((bias.status, bias.earnedMinutes, bias.requiredMinutes, bias.shortfallMinutes) == (.unmet, 0, 120, 120))
    #expect(result.total.earnedMinutes == 0 && result.total.carriedInMinutes == 0)
  }

  @Test func theSameTrainingTwiceInACycleCountsOnce() throws {
    let credits = [
      credit("bias", on: date(2026, 5, 1), "ANCC", minutes: 60, topics: ["implicit-bias"]),
      credit("bias", on: date(2027, 5, 1), "ANCC", minutes: 60, topics: ["implicit-bias"]),
    ]
    let result = try RealBoards.evaluator("mi-nursing").evaluate(nurse, credits: credits)
    let bias = try #require(result.requirement("mi-implicit-bias"))
    #expect((bias.status, bias.earnedMinutes, bias.shortfallMinutes, bias.satisfiedBy) == (.unmet, 60, 60, [0]))
    #expect(result.total.earnedMinutes == 60 && result.total.countedCredits == [0])
  }
}
