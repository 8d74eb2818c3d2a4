import Testing
import VigilBase
import VigilBoards
import VigilCourse

/// Mississippi's out-of-practice rule: 20 contact hours "earned in the previous 2-year period immediately
/// prior to such application", counted back from the application date, not over the cycle. Expected values
/// are worked out by hand; every credit is ANCC at 60 minutes an hour.
@Suite struct MississippiLookBackTests {
  /// An RN out of practice for over 5 years, expiring 2026-12-31: the cycle runs 2025-01-01 to 2026-12-31.
  private let returning = LicenseProfile(
    boardID: "ms-bon", licenseType: "RN", number: "MS1", expires: date(2026, 12, 31),
    attributes: ["out-of-practice-over-5-years"])

  /// A, B, C, D, E: credits 0 to 4.
  private let credits = [
    credit("a", on: date(2024, 10, 15), "ANCC", minutes: 480),
    credit("b", on: date(2024, 11, 20), "ANCC", minutes: 480),
    credit("c", on: date(2025, 6, 1), "ANCC", minutes: 720),
    credit("d", on: date(2026, 11, 20), "ANCC", minutes: 360),
    credit("e", on: date(2027, 1, 20), "ANCC", minutes: 120),
  ]

  /// One application: its date, the window it gives, and what counts.
  struct Application: Sendable, CustomTestStringConvertible {
    var date: CalendarDate?
    var from: CalendarDate
    var through: CalendarDate
    var counted: [Int]
    var earned: Int
    var testDescription: String { date.map { "application on \($0)" } ?? "no application date" }
  }

  @Test(arguments: [
    // 2026-10-15 less 24 months is 2024-10-15; the window starts the day after. A is a day early and D
    // comes after the application: B + C = 480 + 720 = 1200.
    Application(
      date: date(2026, 10, 15), from: date(2024, 10, 16), through: date(2026, 10, 15), counted: [1, 2], earned: 1200),
    // Without an application date the window ends on the cycle's last day: C + D = 1080.
    Application(date: nil, from: date(2025, 1, 1), through: date(2026, 12, 31), counted: [2, 3], earned: 1080),
    // A late renewal (1 February to 30 June) on 2027-02-10: C + D + E = 720 + 360 + 120 = 1200.
    Application(
      date: date(2027, 2, 10), from: date(2025, 2, 11), through: date(2027, 2, 10), counted: [2, 3, 4], earned: 1200),
  ])
  func theTwentyHoursAreCountedBackFromTheApplication(_ row: Application) throws {
    let result = try RealBoards.evaluator("ms-bon").evaluate(returning, credits: credits, applicationDate: row.date)
    #expect(result.cycle == BoardCycle(start: date(2025, 1, 1), end: date(2026, 12, 31)))
    #expect(result.total.totalID == "ms-out-of-practice")
    #expect((result.total.countedFrom, result.total.countedThrough) == (row.from, row.through))
    #expect((result.total.earnedMinutes, result.total.countedCredits) == (row.earned, row.counted))
    #expect(result.total.shortfallMinutes == max(0, 1200 - row.earned))
    #expect(result.isCompliant == (row.earned >= 1200))
  }

  @Test func cyclesFollowEachLicensesOwnExpiry() throws {
    let evaluator = try RealBoards.evaluator("ms-bon")
    // LPN licenses renew in odd years: the cycle ends with the license, not a year after it.
    let lpn = LicenseProfile(boardID: "ms-bon", licenseType: "LPN", number: "L1", expires: date(2027, 12, 31))
    #expect(evaluator.evaluate(lpn, credits: []).cycle == BoardCycle(start: date(2026, 1, 1), end: date(2027, 12, 31)))
    // An APRN expiring at the end of an even year: the state certification period, odd to even year.
    let aprn = LicenseProfile(boardID: "ms-bon", licenseType: "APRN", number: "A1", expires: date(2026, 12, 31))
    let certification = evaluator.evaluate(aprn, credits: [])
    #expect(certification.cycle == BoardCycle(start: date(2025, 1, 1), end: date(2026, 12, 31)))
    #expect(certification.requirement("ms-aprn-controlled-substances")?.shortfallMinutes == 300)
  }
}
