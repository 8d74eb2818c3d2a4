import Crypto
import Foundation
import Testing
import VigilBase
import VigilBoards
import VigilCourse
import VigilCredentials
import VigilGrading
import VigilLedger
import VigilSigning
import VigilTestSupport

/// Courses, boards, keys and ledgers the credential tests share.
enum CredentialFixture {
  /// 2027-02-01T01:30:00Z: 19:30 on 31 January in Houston.
  static let completedAt = Timestamp(secondsSinceEpoch: 1_801_445_400)
  /// A moment after every completion the tests make.
  static let later: Int64 = 1_801_500_000

  /// The key whose private scalar is the bytes 1…32 (its thumbprint, computed with Python's
  /// joserfc, is `6UoWwDCkLjV0J-pQG8c0THxbVhBcpR0AZDift1Yl5DM`).
  static func fixedKey() throws -> SigningKey {
    SigningKey(privateKey: try P256.Signing.PrivateKey(rawRepresentation: Array(UInt8(1)...32)))
  }

  /// The board files of the repository.
  static func boards() throws -> [Board] {
    try BoardReader().boards(at: Repository.path("Boards"))
  }

  /// `Courses/sample-minimal`, with its one approval (ANCC, 0.1 h) real or an example.
  static func course(example: Bool) throws -> Course {
    let (package, _) = try CoursePackageReader().read(packageAt: Repository.path("Courses/sample-minimal"))
    var course = try #require(package).course
    course.approvals = course.approvals.map { approval in
      var changed = approval
      changed.isExample = example
      changed.number = example ? "EXAMPLE-ANCC-0000" : "ANCC-2026-0042"
      return changed
    }
    course.provider.address = "100 Main Street, Austin, TX 78701"
    course.provider.numbers = [ProviderNumber(authority: "CE-BROKER", value: "50-12345")]
    return course
  }

  /// A ledger (no signer of its own: the issuer's key signs) with a learner named `learner` holding
  /// `licenses` and a passed attempt at `course`; returns the ledger and the attempt's id.
  static func passedAttempt(
    in directory: TemporaryDirectory, course: Course, licenses: [LicenseProfile] = [texas],
    learner name: String = "José Núñez"
  ) throws -> (ledger: Ledger, attemptID: Int64) {
    let ledger = try Ledger(path: directory.appending("ledger.sqlite"), mode: .create, clock: { 1_801_445_460 })
    let learner = try ledger.addLearner(name: name)
    for license in licenses { try ledger.addLicense(license, learnerID: learner.id) }
    let attempt = try ledger.startAttempt(
      NewAttempt(
        learnerID: learner.id, courseID: course.id, courseVersion: course.version, contentDigest: "sha256:test",
        attempt: RealisedAttempt(quizID: "quiz-1", seed: 1, questions: []),
        startedAt: Timestamp(secondsSinceEpoch: 1_801_444_000), timeZone: "America/Chicago"))
    let grade = AttemptGrade(
      attemptNumber: 1, questions: [], maxPoints: 4, rawPoints: 3.7, points: 3.7, rawPercentage: 92.5, penaltyFactor: 1,
      percentage: 92.5, passed: true, overallFeedback: nil, deadline: nil, lateResponseCount: 0)
    try ledger.finishAttempt(id: attempt.id, grade: grade, finishedAt: completedAt)
    return (ledger, attempt.id)
  }

  /// A Texas RN license.
  static let texas = LicenseProfile(
    boardID: "tx-bon", licenseType: "RN", number: "123456", expires: CalendarDate(year: 2027, month: 1, day: 31))
  /// A Florida RN license.
  static let florida = LicenseProfile(
    boardID: "fl-bon", licenseType: "RN", number: "RN9876", expires: CalendarDate(year: 2027, month: 4, day: 30))

  /// A completed course with its certificates, issued with `key`.
  static func issued(
    in directory: TemporaryDirectory, example: Bool = false, licenses: [LicenseProfile] = [texas],
    key: SigningKey? = nil, learner: String = "José Núñez"
  ) throws -> (ledger: Ledger, certificates: [Certificate], key: SigningKey) {
    let course = try course(example: example)
    let (ledger, attemptID) = try passedAttempt(in: directory, course: course, licenses: licenses, learner: learner)
    let signingKey = try key ?? fixedKey()
    let issuer = CredentialIssuer(key: signingKey, course: course, passPercent: 80, boards: try boards())
    let completion = try ledger.complete(
      attemptID: attemptID, course: course, boards: try boards(), completedAt: completedAt, issuer: issuer)
    return (ledger, try ledger.certificates(completionID: completion.id), signingKey)
  }

  /// Expects `body` to throw a ``CredentialError`` with `code` whose message contains `text`.
  static func expectError<T>(
    _ code: CredentialError.Code, containing text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ body: () throws -> T
  ) {
    do {
      let value = try body()
      Issue.record("expected \(code.rawValue) (\(text)), got \(value)", sourceLocation: sourceLocation)
    } catch let error as CredentialError {
      #expect(error.code == code, "\(error.message)", sourceLocation: sourceLocation)
      #expect(error.message.contains(text), "\(error.message)", sourceLocation: sourceLocation)
    } catch {
      Issue.record("expected a CredentialError, got \(error)", sourceLocation: sourceLocation)
    }
  }
}
