import Testing
import VigilBoards
import VigilCourse
import VigilTestSupport

/// Credit from the real course package `Courses/human-trafficking-healthcare` (ANCC and TX-HHSC
/// approvals, 1.0 hour each, topic human-trafficking, valid 2026-11-01 to 2028-10-31) for each board.
@Suite struct CreditAwardTests {
  static func course() throws -> Course {
    let (package, diagnostics) = try CoursePackageReader()
      .read(packageAt: Repository.path("Courses/human-trafficking-healthcare"))
    #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
    return try #require(package?.course)
  }

  private func license(_ board: String, _ type: String) -> LicenseProfile {
    LicenseProfile(boardID: board, licenseType: type, number: "123", expires: date(2028, 1, 31))
  }

  @Test func texasNurseEarnsOneCreditPerAcceptedApproval() throws {
    let course = try Self.course()
    let credits = try CreditAward(board: try RealBoards.board("tx-bon"))
      .credits(for: course, completedOn: date(2027, 1, 15), license: license("tx-bon", "RN"))
    #expect(credits.map(\.approver) == ["ANCC", "TX-HHSC"])
    #expect(credits.allSatisfy { $0.minutes == 60 && $0.topics == ["human-trafficking"] })
    #expect(credits.allSatisfy { $0.courseID == "human-trafficking-healthcare" && $0.courseVersion == "2.0.0" })
    #expect(credits.allSatisfy { $0.completedOn == date(2027, 1, 15) })
    #expect(credits.map(\.approvalNumber) == ["EXAMPLE-ANCC-0001", "EXAMPLE-TXHHSC-0001"])
    #expect(credits.first?.courseTitle == "Human Trafficking in Health Care: Recognize and Respond")
  }

  @Test func floridaAcceptsNeitherApproval() throws {
    let award = CreditAward(board: try RealBoards.board("fl-bon"))
    let course = try Self.course()
    #expect(try award.credits(for: course, completedOn: date(2027, 1, 15), license: license("fl-bon", "RN")).isEmpty)
    // ANCC counts for Florida APRNs only for controlled substances, which this course does not cover.
    #expect(try award.credits(for: course, completedOn: date(2027, 1, 15), license: license("fl-bon", "APRN")).isEmpty)
  }

  @Test func michiganTakesAnyApprovalForTheTraffickingTraining() throws {
    let credits = try CreditAward(board: try RealBoards.board("mi-nursing"))
      .credits(for: try Self.course(), completedOn: date(2027, 1, 15), license: license("mi-nursing", "RN"))
    #expect(credits.map(\.approver) == ["ANCC", "TX-HHSC"])
  }

  @Test func texasPhysicianEarnsOnlyTheHHSCCredit() throws {
    let credits = try CreditAward(board: try RealBoards.board("tx-tmb"))
      .credits(for: try Self.course(), completedOn: date(2027, 1, 15), license: license("tx-tmb", "MD"))
    #expect(credits.map(\.approver) == ["TX-HHSC"])
  }

  @Test func mississippiNurseEarnsTheANCCCredit() throws {
    let credits = try CreditAward(board: try RealBoards.board("ms-bon"))
      .credits(for: try Self.course(), completedOn: date(2027, 1, 15), license: license("ms-bon", "LPN"))
    #expect(credits.map(\.approver) == ["ANCC"])
  }

  @Test func noCreditOutsideTheApprovalDates() throws {
    var course = try Self.course()
    let award = CreditAward(board: try RealBoards.board("tx-bon"))
    let nurse = license("tx-bon", "RN")
    #expect(try award.credits(for: course, completedOn: date(2028, 11, 1), license: nurse).isEmpty)
    #expect(try award.credits(for: course, completedOn: date(2026, 10, 31), license: nurse).isEmpty)
    // The ANCC approval lapses earlier than the course: only the HHSC credit remains.
    course.approvals[0].validUntil = date(2027, 6, 30)
    let credits = try award.credits(for: course, completedOn: date(2027, 7, 1), license: nurse)
    #expect(credits.map(\.approver) == ["TX-HHSC"])
    #expect(try award.credits(for: course, completedOn: date(2027, 6, 30), license: nurse).count == 2)
  }

  @Test func minutesFollowTheApprovalsOwnHour() throws {
    var course = try Self.course()
    course.approvals[0].hundredthsOfHour = 160
    course.approvals[0].minutesPerHour = 50
    let credits = try CreditAward(board: try RealBoards.board("tx-bon"))
      .credits(for: course, completedOn: date(2027, 1, 15), license: license("tx-bon", "RN"))
    #expect(credits.first?.minutes == 80)
  }

  @Test func theWrongBoardOrLicenseTypeIsAnError() throws {
    let award = CreditAward(board: try RealBoards.board("tx-bon"))
    let course = try Self.course()
    #expect(throws: BoardError.self) {
      try award.credits(for: course, completedOn: date(2027, 1, 15), license: license("fl-bon", "RN"))
    }
    #expect {
      try award.credits(for: course, completedOn: date(2027, 1, 15), license: license("tx-bon", "LPN"))
    } throws: { error in
      (error as? BoardError)?.message.contains("does not issue LPN licenses") == true
    }
  }
}
