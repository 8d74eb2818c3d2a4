import Crypto
import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilCredentials
import VigilGrading
import VigilLedger
import VigilSigning
import VigilTestSupport

/// A provider's home for the exchange tests: a ledger whose learners passed `Courses/sample-minimal`
/// (its ANCC approval, 0.1 h, made real) with certificates signed by a fixed key.
struct ProviderFixture {
  let directory = TemporaryDirectory()
  let ledger: Ledger
  let key: SigningKey
  let boards: [Board]
  let course: Course

  /// 2027-02-01T01:30:00Z: 19:30 on 31 January in Houston (the completion day is 2027-01-31).
  static let completedAt = Timestamp(secondsSinceEpoch: 1_801_445_400)

  /// A Texas RN license numbered `number`.
  static func texas(_ number: String) -> LicenseProfile {
    LicenseProfile(boardID: "tx-bon", licenseType: "RN", number: number, expires: CalendarDate(year: 2027, month: 1, day: 31))
  }

  init() throws {
    ledger = try Ledger(path: directory.appending("ledger.sqlite"), mode: .create, clock: { 1_801_445_460 })
    key = SigningKey(privateKey: try P256.Signing.PrivateKey(rawRepresentation: Array(UInt8(1)...32)))
    boards = try BoardReader().boards(at: Repository.path("Boards"))
    let (package, _) = try CoursePackageReader().read(packageAt: Repository.path("Courses/sample-minimal"))
    var course = try #require(package).course
    course.approvals = course.approvals.map { approval in
      var real = approval
      real.isExample = false
      real.number = "ANCC-2026-0042"
      return real
    }
    self.course = course
  }

  /// The Texas board.
  var texasBoard: Board { boards.first { $0.id == "tx-bon" }! }

  /// A learner named `name` holding `licenses` who passes the course (with its approval an example
  /// when `sample`); returns the completion.
  @discardableResult
  func pass(
    _ name: String, licenses: [LicenseProfile], at completedAt: Timestamp = completedAt, sample: Bool = false
  ) throws -> Completion {
    var course = course
    if sample { course.approvals = course.approvals.map { var example = $0; example.isExample = true; return example } }
    let learner = try ledger.addLearner(name: name)
    for license in licenses { try ledger.addLicense(license, learnerID: learner.id) }
    let attempt = try ledger.startAttempt(
      NewAttempt(
        learnerID: learner.id, courseID: course.id, courseVersion: course.version, contentDigest: "sha256:test",
        attempt: RealisedAttempt(quizID: "quiz-1", seed: 1, questions: []),
        startedAt: Timestamp(secondsSinceEpoch: completedAt.secondsSinceEpoch - 1400), timeZone: "America/Chicago"))
    let grade = AttemptGrade(
      attemptNumber: 1, questions: [], maxPoints: 4, rawPoints: 3.7, points: 3.7, rawPercentage: 92.5, penaltyFactor: 1,
      percentage: 92.5, passed: true, overallFeedback: nil, deadline: nil, lateResponseCount: 0)
    try ledger.finishAttempt(id: attempt.id, grade: grade, finishedAt: completedAt)
    let issuer = CredentialIssuer(key: key, course: course, passPercent: 80, boards: boards)
    return try ledger.complete(attemptID: attempt.id, course: course, boards: boards, completedAt: completedAt, issuer: issuer)
  }
}
