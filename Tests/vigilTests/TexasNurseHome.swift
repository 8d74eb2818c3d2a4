import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilLedger
import VigilTestSupport

/// A ledger home for end-to-end tests of the reports, written through the library with a fixed clock.
enum TexasNurseHome {
  /// The Texas RN in direct patient care the reports show by default.
  static let nurse = LicenseProfile(
    boardID: "tx-bon", licenseType: "RN", number: "123456", expires: CalendarDate(year: 2027, month: 1, day: 31),
    attributes: ["direct-patient-care"])

  /// A home with one learner holding `profile` (the Texas RN by default) who completed the real course on
  /// 2026-11-29, with the credits its approvals earn under the license's board (or only those of `approvers`).
  static func make(approvers: Set<String>? = nil, license profile: LicenseProfile = nurse) throws
    -> TemporaryDirectory
  {
    let home = TemporaryDirectory()
    let ledger = try Ledger(path: home.appending("ledger.sqlite"), mode: .create, clock: { 1_795_000_000 })
    let learner = try ledger.addLearner(name: "Ana Example")
    _ = try ledger.addLicense(profile, learnerID: learner.id)
    let board = try BoardReader().boards(at: Repository.path("Boards/\(profile.boardID).xml"))[0]
    let (package, _) = try CoursePackageReader().read(packageAt: Repository.frozenCourse)
    var course = try #require(package).course
    // The course's approval numbers are examples; here they stand for real approvals, so the reports
    // show real credit (sample credit has tests of its own).
    for index in course.approvals.indices { course.approvals[index].isExample = false }
    let completedOn = CalendarDate(year: 2026, month: 11, day: 29)
    let credits = try CreditAward(board: board).credits(for: course, completedOn: completedOn, license: profile)
      .filter { approvers?.contains($0.approver) ?? true }
    _ = try ledger.recordCompletion(
      NewCompletion(
        learnerID: learner.id, courseID: course.id, courseVersion: course.version, courseTitle: course.title,
        completedOn: completedOn, percent: 90),
      credits: [LicenseCredits(license: try LicenseKey(parsing: profile.key), credits: credits)])
    return home
  }
}
