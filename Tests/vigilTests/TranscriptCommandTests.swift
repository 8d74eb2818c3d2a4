import Foundation
import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilLedger
import VigilTestSupport

/// End to end: `vigil transcript` on a ledger holding a real completion of the real course.
@Suite struct TranscriptCommandTests {
  /// A home with one Texas RN in direct patient care who completed the real course on 2026-11-29,
  /// with the credits its approvals earn (or only those of `approvers`).
  private func home(approvers: Set<String>? = nil) throws -> TemporaryDirectory {
    let home = TemporaryDirectory()
    let ledger = try Ledger(path: home.appending("ledger.sqlite"), mode: .create, clock: { 1_795_000_000 })
    let learner = try ledger.addLearner(name: "Ana Example")
    let profile = LicenseProfile(
      boardID: "tx-bon", licenseType: "RN", number: "123456", expires: CalendarDate(year: 2027, month: 1, day: 31),
      attributes: ["direct-patient-care"])
    _ = try ledger.addLicense(profile, learnerID: learner.id)
    let board = try BoardReader().boards(at: Repository.path("Boards/tx-bon.xml"))[0]
    let (package, _) = try CoursePackageReader().read(packageAt: Repository.path("Courses/human-trafficking-healthcare"))
    let course = try #require(package).course
    let completedOn = CalendarDate(year: 2026, month: 11, day: 29)
    let credits = try CreditAward(board: board).credits(for: course, completedOn: completedOn, license: profile)
      .filter { approvers?.contains($0.approver) ?? true }
    _ = try ledger.recordCompletion(
      NewCompletion(
        learnerID: learner.id, courseID: course.id, courseVersion: course.version, courseTitle: course.title,
        completedOn: completedOn, percent: 90),
      credits: [LicenseCredits(license: try LicenseKey(parsing: "tx-bon:RN:123456"), credits: credits)])
    return home
  }

  private func transcript(_ home: TemporaryDirectory, _ extra: [String] = []) throws -> CommandResult {
    try CommandRunner.vigil(
      ["transcript", "--home", home.path, "--boards", Repository.path("Boards"), "--license", "tx-bon:RN:123456"] + extra)
  }

  @Test func textTranscriptInWordsANurseUnderstands() throws {
    let result = try transcript(try home())
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Texas Board of Nursing: RN license 123456 (Ana Example)"))
    #expect(result.output.contains("Renewal cycle 2025-02-01 to 2027-01-31"))
    #expect(result.output.contains("Human trafficking prevention (Texas HHSC-approved): done"))
    #expect(result.output.contains("Continuing nursing education in your area of practice: 1.0 of 20.0 h, 19.0 h to go"))
    #expect(result.output.contains("Not yet compliant: still needed: 19.0 h in total"))
  }

  @Test func anccOnlyCreditDoesNotMeetTheTexasTraffickingRule() throws {
    let result = try transcript(try home(approvers: ["ANCC"]), ["--format", "json"])
    #expect(result.status == 0, "\(result.error)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let requirements = try #require(json["requirements"] as? [[String: Any]])
    let trafficking = try #require(requirements.first { $0["id"] as? String == "tx-human-trafficking" })
    #expect(trafficking["status"] as? String == "unmet")
    let total = try #require(json["total"] as? [String: Any])
    #expect(total["earnedMinutes"] as? Int == 60)
    #expect(total["requiredMinutes"] as? Int == 1200)
    #expect(json["compliant"] as? Bool == false)
  }

  @Test func anEarlierCycleShowsNoCredit() throws {
    let result = try transcript(try home(), ["--cycle-ending", "2025-01-31"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Renewal cycle 2023-02-01 to 2025-01-31"))
    #expect(result.output.contains("none yet"))
  }

  @Test(arguments: [
    (["--license", "tx-bon:RN"], "BOARD:TYPE:NUMBER"),
    (["--license", "tx-bon:RN:999"], "999"),
    (["--license", "tx-bon:RN:123456", "--cycle-ending", "2027-02-30"], "cycle-ending"),
    (["--license", "tx-bon:RN:123456", "--format", "pdf"], "format"),
  ])
  func badArgumentsExitWithTwo(arguments: [String], expected: String) throws {
    let home = try home()
    let result = try CommandRunner.vigil(["transcript", "--home", home.path, "--boards", Repository.path("Boards")] + arguments)
    #expect(result.status == 2, "\(result.output)")
    #expect(result.error.contains(expected), "\(result.error)")
  }

  @Test func missingLedgerIsAnEnvironmentError() throws {
    let empty = TemporaryDirectory()
    let result = try CommandRunner.vigil(["transcript", "--home", empty.path, "--license", "tx-bon:RN:1"])
    #expect(result.status == 2)
    #expect(result.error.hasPrefix("error: "))
  }
}
