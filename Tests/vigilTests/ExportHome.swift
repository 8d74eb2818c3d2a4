import Foundation
import Testing
import VigilTestSupport

/// Provider homes for the export tests: one learner who passed a course in a scripted `vigil take` run
/// by `vigil-under-test` at a fixed instant (so completion dates and timestamps are known), with the
/// course's approvals real (not `example`), so the credit is reportable.
struct ExportHome {
  let home = TemporaryDirectory()
  let course: TemporaryDirectory
  let clock: String
  /// The certificate number issued.
  private(set) var certificate = ""

  /// 2026-11-18T11:06:40Z, the instant the course is completed.
  static let completedAt: Int64 = 1_795_000_000

  /// Texas RN `tx-bon:RN:123456` who passed the sample course (ANCC, 0.1 contact hour).
  static func texas() throws -> ExportHome {
    let course = try TakeCourse.make()
    try edit(course) { $0.replacingOccurrences(of: #"example="true""#, with: #"example="false""#) }
    var home = ExportHome(course: course)
    try home.take(registration: TakeCourse.registration)
    return home
  }

  /// Florida `fl-bon:TYPE:RN1234567` who passed the sample course made a Florida course: a Board (FL-BON)
  /// approval of `hours` on human trafficking, the provider's CE Broker number 50-4242 and the course's
  /// 20-98765.
  static func florida(type: String = "RN", hours: String = "0.5") throws -> ExportHome {
    let course = try TakeCourse.make()
    try edit(course) { xml in
      var xml = xml.replacingOccurrences(of: #"minutes="5">"#, with: #"minutes="35">"#)
      let start = xml.range(of: "<approvals>")!.lowerBound
      let end = xml.range(of: "</approvals>")!.upperBound
      xml.replaceSubrange(
        start..<end,
        with: """
          <approvals><approval id="fl" approver="FL-BON" number="FL-0001" hours="\(hours)" minutesPerHour="60" validFrom="2026-11-01" validUntil="2028-10-31"><topic>human-trafficking</topic><statement>Approved by the Florida Board of Nursing.</statement></approval>\
          <approval id="ce-broker" approver="CE-BROKER" number="20-98765" hours="\(hours)" minutesPerHour="60" validFrom="2026-11-01" validUntil="2028-10-31"><statement>Registered with CE Broker.</statement></approval></approvals>
          """)
      return xml.replacingOccurrences(
        of: "<web>https://vigil.example/ce</web>",
        with: #"<web>https://vigil.example/ce</web><providerNumber authority="CE-BROKER">50-4242</providerNumber>"#)
    }
    var home = ExportHome(course: course)
    try home.take(registration: "Ana Díaz\nfl-bon\n\(type)\nRN1234567\n2027-01-31\n\n")
    return home
  }

  private init(course: TemporaryDirectory) {
    self.course = course
    clock = home.appending("clock")
    set(Self.completedAt)
  }

  private static func edit(_ course: TemporaryDirectory, _ change: (String) -> String) throws {
    let path = course.appending("course.xml")
    try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// Moves the test clock to `seconds` since the epoch.
  func set(_ seconds: Int64) {
    try? "\(seconds)\n".write(toFile: clock, atomically: true, encoding: .utf8)
  }

  private mutating func take(registration: String) throws {
    let input = registration + String(repeating: "\n", count: 6) + "true\nsubmit\nsubmit\n\n5\n\nquit\n"
    let take = try vigil(["take", course.path, "--plain"], input: input)
    #expect(take.status == 0, "\(take.error)")
    let saved = try #require(take.output.split(separator: "\n").first { $0.hasPrefix("Saved as ") }, "\(take.output)")
    certificate = String(saved.split(separator: "/").last!.prefix(17))
  }

  /// `vigil-under-test` with the home (and for `take` and `export` the repository's boards), the clock
  /// and UTC as the time zone.
  func vigil(_ arguments: [String], input: String? = nil) throws -> CommandResult {
    let boards = ["take", "export"].contains(arguments.first) ? ["--boards", Repository.path("Boards")] : []
    return try CommandRunner.run(
      try #require(CommandRunner.vigilUnderTestPath), arguments + ["--home", home.path] + boards,
      input: input, environment: ["COLUMNS": "200", "VIGIL_TEST_CLOCK": clock, "TZ": "UTC"])
  }
}
