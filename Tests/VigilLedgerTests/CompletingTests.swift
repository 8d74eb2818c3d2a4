import Foundation
import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilGrading
import VigilLedger
import VigilSigning
import VigilTestSupport

/// `Ledger.complete`: a passed attempt becomes a completion with credit for every license the learner
/// holds, under each board's own rules, dated in the learner's time zone.
@Suite struct CompletingTests {
  private static func course() throws -> Course {
    let (package, _) = try CoursePackageReader().read(packageAt: Repository.frozenCourse)
    return try #require(package).course
  }

  private static func boards() throws -> [Board] {
    try BoardReader().boards(at: Repository.path("Boards"))
  }

  /// A learner with a Texas and a Florida license and a finished attempt at the real course.
  private func passedAttempt(_ fixture: LedgerFixture, _ ledger: Ledger, passed: Bool = true, zone: String = "America/Chicago")
    throws -> LedgerAttempt
  {
    let course = try Self.course()
    let ana = try ledger.addLearner(name: "Ana Díaz")
    try ledger.addLicense(
      LicenseProfile(
        boardID: "tx-bon", licenseType: "RN", number: "111", expires: LedgerFixture.date("2027-01-31"),
        attributes: ["direct-patient-care"]), learnerID: ana.id)
    try ledger.addLicense(
      LicenseProfile(boardID: "fl-bon", licenseType: "RN", number: "222", expires: LedgerFixture.date("2027-04-30")),
      learnerID: ana.id)
    let attempt = try ledger.startAttempt(
      NewAttempt(
        learnerID: ana.id, courseID: course.id, courseVersion: course.version, contentDigest: "sha256:test",
        attempt: RealisedAttempt(quizID: "final", seed: 1, questions: []),
        startedAt: Timestamp(secondsSinceEpoch: 1_801_000_000), timeZone: zone))
    return try ledger.finishAttempt(
      id: attempt.id, grade: LedgerFixture.grade(percentage: passed ? 90 : 50, passed: passed),
      finishedAt: Timestamp(secondsSinceEpoch: 1_801_001_000))
  }

  @Test func aPassedAttemptCompletesWithCreditPerLicenseDatedInTheLearnersZone() throws {
    let fixture = LedgerFixture()
    let key = SigningKey.generate()
    let ledger = try Ledger(path: fixture.path, mode: .create, clock: { 1_801_002_000 }, signer: key)
    let attempt = try passedAttempt(fixture, ledger)
    // 2027-02-01T01:30:00Z is 19:30 on 31 January in Houston (CST, UTC−6).
    let instant = Timestamp(secondsSinceEpoch: 1_801_445_400)
    let completion = try ledger.complete(
      attemptID: attempt.id, course: try Self.course(), boards: try Self.boards(), completedAt: instant)
    #expect(completion.completedOn == CalendarDate(year: 2027, month: 1, day: 31))
    #expect(completion.percent == 90)
    // Texas accepts the ANCC and TX-HHSC approvals; Florida accepts only FL-BON providers' courses
    // (Boards/fl-bon.xml), so the Florida license earns nothing from this course.
    #expect(completion.credits.map { "\($0.license) \($0.approver)" }.sorted() == [
      "tx-bon:RN:111 ANCC", "tx-bon:RN:111 TX-HHSC",
    ])
    #expect(try ledger.credits(for: LicenseKey(parsing: "tx-bon:RN:111")).allSatisfy(\.isSample))
    let token = try #require(completion.checkpoint)
    let checkpoint = try Checkpoint(verifying: token, against: JWKSet(keys: [key.publicJWK]))
    #expect(checkpoint.sequence == (try ledger.head())?.sequence)
    #expect(try ledger.verify(keys: JWKSet(keys: [key.publicJWK])).isIntact)
    let again = #expect(throws: LedgerError.self) {
      try ledger.complete(attemptID: attempt.id, course: try Self.course(), boards: try Self.boards(), completedAt: instant)
    }
    #expect(again?.code == .duplicate)
  }

  @Test func theSameInstantIsAnotherDayInAnotherZone() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let attempt = try passedAttempt(fixture, ledger, zone: "Europe/Madrid")
    let completion = try ledger.complete(
      attemptID: attempt.id, course: try Self.course(), boards: try Self.boards(),
      completedAt: Timestamp(secondsSinceEpoch: 1_801_445_400))
    #expect(completion.completedOn == CalendarDate(year: 2027, month: 2, day: 1))
  }

  @Test func aFailedAttemptOrAMissingBoardCompletesNothing() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open()
    let failed = try passedAttempt(fixture, ledger, passed: false)
    let notPassed = #expect(throws: LedgerError.self) {
      try ledger.complete(
        attemptID: failed.id, course: try Self.course(), boards: try Self.boards(),
        completedAt: Timestamp(secondsSinceEpoch: 1_801_445_400))
    }
    #expect(notPassed?.message.contains("is not a finished, passed attempt") == true)
    let before = try ledger.verify().eventCount
    let texasOnly = try Self.boards().filter { $0.id == "tx-bon" }
    let attempt = try ledger.startAttempt(
      NewAttempt(
        learnerID: failed.learnerID, courseID: failed.courseID, courseVersion: failed.courseVersion,
        contentDigest: "sha256:test", attempt: RealisedAttempt(quizID: "final", seed: 2, questions: []),
        startedAt: Timestamp(secondsSinceEpoch: 1_801_000_000), timeZone: "America/Chicago"))
    try ledger.finishAttempt(
      id: attempt.id, grade: LedgerFixture.grade(number: 2), finishedAt: Timestamp(secondsSinceEpoch: 1_801_001_000))
    let noBoard = #expect(throws: LedgerError.self) {
      try ledger.complete(
        attemptID: attempt.id, course: try Self.course(), boards: texasOnly,
        completedAt: Timestamp(secondsSinceEpoch: 1_801_445_400))
    }
    #expect(noBoard?.message.hasPrefix("there is no board file for fl-bon") == true)
    // Starting and grading the second attempt added two events; the refused completion added none.
    #expect(try ledger.verify().eventCount == before + 2)
  }
}
