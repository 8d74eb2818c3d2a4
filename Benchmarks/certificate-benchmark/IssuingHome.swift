import BenchmarkSupport
import Crypto
import Foundation
import VigilBase
import VigilBoards
import VigilCourse
import VigilCredentials
import VigilGrading
import VigilLedger
import VigilSigning

/// A home on disk for issuing: a fresh ledger in a temporary folder, `Courses/sample-minimal` with a
/// real (not example) ANCC approval, the repository's boards, a new provider key, and one learner
/// holding a Texas RN license, so every completion gets one credential with real credit.
struct IssuingHome {
  let folder: String
  let home: VigilHome
  let ledger: Ledger
  let course: Course
  let boards: [Board]
  let key: SigningKey
  /// The key's private half, for the bare signatures beside the credentials'.
  let privateKey: P256.Signing.PrivateKey
  let learnerID: Int64

  init() throws {
    folder = NSTemporaryDirectory() + "vigil-certificate-benchmark-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    home = VigilHome(path: folder)
    ledger = try Ledger(path: folder + "/ledger.sqlite", mode: .create)
    let (package, _) = try CoursePackageReader().read(packageAt: "Courses/sample-minimal")
    guard var course = package?.course else { throw BenchmarkError("Courses/sample-minimal does not read") }
    course.approvals = course.approvals.map { approval in
      var real = approval
      real.isExample = false
      real.number = "ANCC-2026-0042"
      return real
    }
    course.provider.address = "100 Main Street, Austin, TX 78701"
    self.course = course
    boards = try BoardReader().boards(at: "Boards")
    privateKey = P256.Signing.PrivateKey()
    key = SigningKey(privateKey: privateKey)
    let learner = try ledger.addLearner(name: "José Núñez")
    learnerID = learner.id
    try ledger.addLicense(
      LicenseProfile(
        boardID: "tx-bon", licenseType: "RN", number: "123456", expires: CalendarDate(year: 2099, month: 1, day: 31)),
      learnerID: learnerID)
  }

  /// Starts and passes an attempt (two commits), returning its id, ready to complete.
  func passedAttempt() throws -> Int64 {
    let now = Timestamp(secondsSinceEpoch: Ledger.systemClock())
    let attempt = try ledger.startAttempt(
      NewAttempt(
        learnerID: learnerID, courseID: course.id, courseVersion: course.version, contentDigest: "sha256:benchmark",
        attempt: RealisedAttempt(quizID: "quiz-1", seed: 1, questions: []), startedAt: now, timeZone: "America/Chicago"))
    let grade = AttemptGrade(
      attemptNumber: attempt.record.attemptNumber, questions: [], maxPoints: 4, rawPoints: 4, points: 4, rawPercentage: 100, penaltyFactor: 1,
      percentage: 100, passed: true, overallFeedback: nil, deadline: nil, lateResponseCount: 0)
    try ledger.finishAttempt(id: attempt.id, grade: grade, finishedAt: now)
    return attempt.id
  }

  /// Removes the temporary folder.
  func remove() {
    try? FileManager.default.removeItem(atPath: folder)
  }
}
