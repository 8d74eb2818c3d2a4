import Foundation
import Testing
import VigilBase
import VigilBoards
import VigilTestSupport

/// End to end: what `vigil transcript` says about subtotals, first-renewal exemptions without an
/// attribute, and a look-back from the application date, on ledgers holding a real completion of the real
/// course (ANCC and TX-HHSC approvals, 1 hour each, completed 2026-11-29).
@Suite struct TranscriptBoardRulesTests {
  private func transcript(_ home: TemporaryDirectory, _ license: LicenseProfile, _ extra: [String] = []) throws
    -> CommandResult
  {
    try CommandRunner.vigil(
      ["transcript", "--home", home.path, "--boards", Repository.path("Boards"), "--license", license.key] + extra)
  }

  @Test func aNewTexasPhysicianOwesOnlyTheTraffickingHour() throws {
    // Issued 2026-09-01 and expiring 2028-08-31: the first registration period, whose CME is waived. The
    // course's HHSC approval meets the trafficking hour, which it may only in this first period.
    let physician = LicenseProfile(
      boardID: "tx-tmb", licenseType: "MD", number: "P77", expires: CalendarDate(year: 2028, month: 8, day: 31),
      issued: CalendarDate(year: 2026, month: 9, day: 1), attributes: ["direct-patient-care"])
    let home = try TexasNurseHome.make(license: physician)
    let result = try transcript(home, physician)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Continuing medical education credits: waived (first-renewal exemption)"))
    #expect(result.output.contains("Formal (AMA PRA Category 1) credits: waived (first-renewal exemption)"))
    #expect(result.output.contains("Identification and assistance of trafficked persons"))
    #expect(result.output.contains("Compliant: every requirement for this cycle is met."))

    let json = try transcript(home, physician, ["--format", "json"])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let subtotals = try #require(document["subtotals"] as? [[String: Any]])
    #expect(subtotals.map { $0["id"] as? String } == ["tmb-formal"])
    #expect(subtotals.first?["status"] as? String == "waived-first-renewal")
    let cure = try #require(document["cure"] as? [String: Any])
    #expect(cure["deadline"] as? String == "2028-09-30")
  }

  @Test func mississippiCountsBackFromTheApplicationDate() throws {
    // An RN out of practice for over 5 years, expiring 2026-12-31; the hour was earned on 2026-11-29.
    let nurse = LicenseProfile(
      boardID: "ms-bon", licenseType: "RN", number: "M77", expires: CalendarDate(year: 2026, month: 12, day: 31),
      attributes: ["out-of-practice-over-5-years"])
    let home = try TexasNurseHome.make(license: nurse)
    let atTheCycleEnd = try transcript(home, nurse)
    #expect(atTheCycleEnd.status == 0, "\(atTheCycleEnd.error)")
    #expect(
      atTheCycleEnd.output.contains(
        "Contact hours after more than 5 years out of practice: 1.0 of 20.0 h, 19.0 h to go"))
    // Applying on 2026-11-15 counts 2024-11-16 to 2026-11-15, before the course.
    let early = try transcript(home, nurse, ["--application-date", "2026-11-15"])
    #expect(early.status == 0, "\(early.error)")
    #expect(
      early.output.contains(
        "0.0 of 20.0 h (counted from 2024-11-16 to 2026-11-15, the look-back before the application), 20.0 h to go"))
  }
}
