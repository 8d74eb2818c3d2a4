import Foundation
import GRDB
import VigilBase
import VigilBoards
import VigilCourse
import VigilGrading

extension Ledger {
  /// Turns a finished, passed attempt into a completion with the credit its course earns for every
  /// license the learner holds, each under its own board's rules (VigilBoards' `CreditAward`), signs a
  /// checkpoint of the head and, given an issuer, issues the completion's certificates carrying that
  /// checkpoint: one transaction, the one call a session makes on a pass.
  ///
  /// The completion date is the local date at `completedAt` in the time zone the attempt was taken in,
  /// fixed here once (finished at 19:30 in Houston on 31 January, it is dated 31 January). The
  /// completion snapshots what certificates and boards print: the learner's name now, the course's
  /// title, provider and approvals.
  ///
  /// - Parameters:
  ///   - attemptID: The attempt; it must be finished and passed, and be at this course's id and version.
  ///   - course: The course the attempt was at.
  ///   - boards: The board rules; every board a license of the learner names must be among them.
  ///   - completedAt: The UTC instant of completion.
  ///   - issuer: Issues the certificates (see ``issueCertificates(completionID:issuer:)``); its key
  ///     signs the checkpoint in place of the ledger's own signer. Nil issues none.
  /// - Returns: The completion with its credits (none for a license whose board accepts no approval).
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/notFound`` (attempt, or a board),
  ///   ``LedgerError/Code-swift.struct/invalidValue`` (an attempt not passed, another course, an
  ///   unknown time zone), ``LedgerError/Code-swift.struct/duplicate`` (the attempt already completed)
  ///   or ``LedgerError/Code-swift.struct/cannotIssue`` (then nothing is recorded).
  @discardableResult
  public func complete(
    attemptID: Int64, course: Course, boards: [Board], completedAt: Timestamp, issuer: (any CertificateIssuer)? = nil
  ) throws(LedgerError) -> Completion {
    let recordedAt = clock()
    return try write { db in
      let attempt = try Self.gradedAttempt(db, id: attemptID)
      guard attempt.courseID == course.id, attempt.courseVersion == course.version else {
        throw LedgerError.invalid(
          "attempt \(attemptID) is at \(attempt.courseID) \(attempt.courseVersion), not \(course.id) \(course.version)")
      }
      guard let percent = attempt.passedPercent else {
        throw LedgerError.invalid("attempt \(attemptID) is not a finished, passed attempt; it cannot complete the course")
      }
      let completedOn = try Self.localDate(of: completedAt, in: attempt.timeZone)
      var credits: [(license: RecordWriter.LicenseReference, credit: EarnedCredit)] = []
      for row in try Self.licenseRows(db, learnerID: attempt.learnerID) {
        let license = try row.license()
        guard let board = boards.first(where: { $0.id == license.profile.boardID }) else {
          throw LedgerError.notFound(
            "there is no board file for \(license.profile.boardID), which license \(license.key) names; "
              + "add Boards/\(license.profile.boardID).xml")
        }
        let earned: [EarnedCredit]
        do {
          earned = try CreditAward(board: board).credits(for: course, completedOn: completedOn, license: license.profile)
        } catch let error as BoardError {
          throw LedgerError.invalid(error.message)
        }
        let reference = RecordWriter.LicenseReference(id: row.id, learnerID: row.learnerID, key: license.key)
        credits += earned.map { (reference, $0) }
      }
      let completion = NewCompletion(
        learnerID: attempt.learnerID, courseID: course.id, courseVersion: course.version, courseTitle: course.title,
        completedOn: completedOn, attemptID: attemptID, percent: percent, completedAt: completedAt,
        timeZone: attempt.timeZone, providerName: course.provider.name, providerWeb: course.provider.web,
        approvals: CompletionSnapshot(course: course, learnerName: "").approvals)
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      let id = try writer.addCompletion(completion, credits: credits)
      _ = try CheckpointWriter.sign(db, head: writer.chain, with: issuer?.checkpointSigner ?? signer)
      if let issuer { _ = try Self.issueCertificates(db, completionID: id, issuer: issuer, writer: &writer) }
      return try Self.completion(db, id: id)
    }
  }

  /// The calendar date at an instant in an IANA time zone.
  static func localDate(of instant: Timestamp, in zone: String) throws(LedgerError) -> CalendarDate {
    guard let timeZone = TimeZone(identifier: zone) else {
      throw .invalid("\(Echo.quoted(zone)) is not a time zone; use an IANA name such as America/Chicago")
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents(
      [.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(instant.secondsSinceEpoch)))
    guard let year = parts.year, let month = parts.month, let day = parts.day else {
      throw .invalid("the instant \(instant.secondsSinceEpoch) has no date in \(zone)")
    }
    return CalendarDate(year: year, month: month, day: day)
  }

  /// A learner's license rows, by key.
  static func licenseRows(_ db: Database, learnerID: Int64) throws -> [LicenseRow] {
    try Row.fetchAll(
      db.cachedStatement(
        sql: "SELECT \(LicenseRow.columns) FROM licenses WHERE learner_id = ? ORDER BY board, type, number"),
      arguments: [learnerID]
    ).map(LicenseRow.init(row:))
  }

  /// What completing an attempt reads of it: the learner, the course, the time zone and whether it
  /// passed, from the row's columns. The grade's JSON, the questions and the responses are not decoded:
  /// `passed` and `percent_bp` are written with the grade, from it.
  private struct GradedAttempt {
    var learnerID: Int64
    var courseID: String
    var courseVersion: String
    var timeZone: String
    /// The grade's percentage (its basis points over 100, as the completion stores it) when the attempt
    /// is finished and passed; nil otherwise.
    var passedPercent: Double?
  }

  /// The attempt to complete, as ``GradedAttempt`` reads it.
  private static func gradedAttempt(_ db: Database, id: Int64) throws -> GradedAttempt {
    guard
      let row = try Row.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT learner_id, course_id, course_version, time_zone, finished_at, passed, percent_bp
            FROM attempts WHERE id = ?
            """),
        arguments: [id])
    else { throw LedgerError.notFound("there is no attempt \(id) in the ledger") }
    let finishedAt: Int64? = try row.decode(atIndex: 4)
    let passed: Bool? = try row.decode(atIndex: 5)
    let basisPoints: Int64? = try row.decode(atIndex: 6)
    return GradedAttempt(
      learnerID: try row.decode(atIndex: 0), courseID: try row.decode(atIndex: 1),
      courseVersion: try row.decode(atIndex: 2), timeZone: try row.decode(atIndex: 3),
      passedPercent: finishedAt != nil && passed == true ? basisPoints.map { Double($0) / 100 } : nil)
  }
}
