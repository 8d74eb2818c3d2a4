import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilTestSupport

@testable import VigilExchange

/// CE Broker's roster rows against rows written by hand from CE Broker's column list (A provider number
/// without 50-, B course number without 20- or C own course id, D publishing number, E license number,
/// F M/D/YYYY, G State=, H Profession=, I and J for partial credit).
struct CEBrokerRosterTests {
  /// The sample course as a Florida course: the provider's CE Broker number, an FL-BON approval of
  /// `hours`, and (unless `courseNumber` is nil) its CE Broker course number as a CE-BROKER approval.
  static func course(
    providerNumber: String = "50-4242", example: Bool = false, courseNumber: String? = "20-98765", hours: String = "0.5"
  ) throws -> Course {
    var xml = try String(contentsOfFile: Repository.path("Courses/sample-minimal/course.xml"), encoding: .utf8)
    xml = xml.replacingOccurrences(of: #"minutes="5">"#, with: #"minutes="35">"#)
    let start = try #require(xml.range(of: "<approvals>"))
    let end = try #require(xml.range(of: "</approvals>"))
    let registered = courseNumber.map {
      #"<approval id="ce-broker" approver="CE-BROKER" number="\#($0)" hours="\#(hours)" minutesPerHour="60" validFrom="2026-11-01" validUntil="2028-10-31"><statement>Registered with CE Broker.</statement></approval>"#
    } ?? ""
    xml.replaceSubrange(
      start.lowerBound..<end.upperBound,
      with: #"<approvals><approval id="fl" approver="FL-BON" number="FL-0001" hours="\#(hours)" minutesPerHour="60" validFrom="2026-11-01" validUntil="2028-10-31"><topic>human-trafficking</topic><statement>Approved by the Florida Board of Nursing.</statement></approval>\#(registered)</approvals>"#)
    xml = xml.replacingOccurrences(
      of: "<web>https://vigil.example/ce</web>",
      with: #"<web>https://vigil.example/ce</web><providerNumber authority="CE-BROKER" example="\#(example)">\#(providerNumber)</providerNumber>"#)
    let folder = TemporaryDirectory()
    _ = folder.write("course.xml", xml)
    let (package, diagnostics) = try CoursePackageReader().read(packageAt: folder.path)
    return try #require(package, "\(diagnostics)").course
  }

  static func record(type: String = "RN", awarded: Int = 50, topics: [String] = ["human-trafficking"]) -> CompletionRecord {
    CompletionRecord(
      kind: .completion, certificate: "VC-ABCD-EFGH-JKMN", learnerName: "Ana Díaz", board: "fl-bon", licenseType: type,
      licenseNumber: "RN1234567", courseID: "sample-minimal", courseVersion: "1.0.0", courseTitle: "Sample Minimal Course",
      approver: "FL-BON", approvalNumber: "FL-0001", approvalMinutes: 30, awardedHundredths: awarded,
      completedOn: CalendarDate(year: 2026, month: 3, day: 7), topics: topics)
  }

  static let codes = CEBrokerCodes(
    state: "FL", professions: ["RN": "RN"], subjectAreas: ["human-trafficking": "TEST-HT", "ethics": "TEST-ETH"],
    citation: Citation(text: "test", sourceIDs: []))

  private func row(_ record: CompletionRecord, course: Course, codes: CEBrokerCodes = codes) throws -> [String] {
    try CEBrokerRow.cells(
      record, numbers: try CEBrokerCatalog(courses: [course]).numbers(for: record), codes: codes, board: "fl-bon")
  }

  @Test func fullCreditFillsAToH() throws {
    #expect(
      try row(Self.record(), course: try Self.course())
        == ["4242", "98765", "", "", "RN1234567", "3/7/2026", "State=FL", "Profession=RN", "", ""])
  }

  @Test func aCourseWithoutACEBrokerNumberIsNamedByItsOwnID() throws {
    #expect(
      try row(Self.record(), course: try Self.course(courseNumber: nil))
        == ["4242", "", "sample-minimal", "", "RN1234567", "3/7/2026", "State=FL", "Profession=RN", "", ""])
  }

  @Test func fewerHoursThanTheApprovalIsPartialCreditWithSubjectAreaAndHours() throws {
    // 0.6 approved hours (36 minutes) count 0.5 under Florida's rounding down to the half hour.
    #expect(
      try row(Self.record(awarded: 50), course: try Self.course(hours: "0.6"))
        == ["4242", "98765", "", "", "RN1234567", "3/7/2026", "State=FL", "Profession=RN", "TEST-HT", "0.5"])
  }

  @Test func theRealFloridaFileGivesStateAndTheRNCode() throws {
    let board = try BoardReader().boards(at: Repository.path("Boards/fl-bon.xml"))[0]
    let codes = try #require(board.reporting?.ceBroker)
    #expect(
      try row(Self.record(), course: try Self.course(), codes: codes)
        == ["4242", "98765", "", "", "RN1234567", "3/7/2026", "State=FL", "Profession=RN", "", ""])
    #expect(throws: ExchangeError.self) { try row(Self.record(awarded: 50), course: try Self.course(hours: "0.6"), codes: codes) }
  }

  /// (what is wrong, the record, the course, words the error must hold).
  @Test func whatTheDataLacksIsRefusedAndNamed() throws {
    let cases: [(CompletionRecord, Course, String)] = [
      (Self.record(type: "LPN"), try Self.course(), "no CE Broker profession code for license type LPN"),
      (Self.record(topics: ["medical-errors"]), try Self.course(hours: "0.6"), "no CE Broker subject-area code"),
      (Self.record(topics: ["ethics", "human-trafficking"]), try Self.course(hours: "0.6"), "in 2 CE Broker subject areas"),
      (Self.record(), try Self.course(example: true), "50-4242 is marked example"),
      (Self.record(), try Self.course(providerNumber: "4242-X"), "4242-X is not 50- and digits"),
      (Self.record(), try Self.course(courseNumber: "20-"), "20- is not 20- and digits"),
    ]
    for (record, course, words) in cases {
      let error = try #require(throws: ExchangeError.self) { try row(record, course: course) }
      #expect(error.message.contains(words), "\(error.message)")
      #expect(error.code == .usage)
    }
  }

  @Test func aRecordWhosePackageIsMissingIsRefused() throws {
    var other = Self.record()
    other.courseID = "another-course"
    let error = try #require(throws: ExchangeError.self) {
      try CEBrokerCatalog(courses: [try Self.course()]).numbers(for: other)
    }
    #expect(error.message.contains("needs the package of course another-course"))
    other = Self.record()
    other.approvalNumber = "FL-0002"
    let missing = try #require(throws: ExchangeError.self) {
      try CEBrokerCatalog(courses: [try Self.course()]).numbers(for: other)
    }
    #expect(missing.message.contains("has no approval FL-BON FL-0002"))
  }
}
