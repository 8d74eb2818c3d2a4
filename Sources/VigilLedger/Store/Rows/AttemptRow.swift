import GRDB
import VigilGrading

/// An `attempts` row as stored.
struct AttemptRow {
  var id: Int64
  var learnerID: Int64
  var courseID: String
  var courseVersion: String
  var contentDigest: String
  var quizID: String
  var attemptNumber: Int
  var realised: String
  var startedAt: Int64
  var deadlineAt: Int64?
  var finishedAt: Int64?
  var grade: String?

  /// The columns in the order ``init(row:)`` reads them.
  static let columns = """
    id, learner_id, course_id, course_version, content_digest, quiz_id, attempt_number, realised, started_at, \
    deadline_at, finished_at, grade
    """

  /// Reads a row selected with ``columns``.
  init(row: Row) throws {
    id = try row.decode(atIndex: 0)
    learnerID = try row.decode(atIndex: 1)
    courseID = try row.decode(atIndex: 2)
    courseVersion = try row.decode(atIndex: 3)
    contentDigest = try row.decode(atIndex: 4)
    quizID = try row.decode(atIndex: 5)
    attemptNumber = try row.decode(atIndex: 6)
    realised = try row.decode(atIndex: 7)
    startedAt = try row.decode(atIndex: 8)
    deadlineAt = try row.decode(atIndex: 9)
    finishedAt = try row.decode(atIndex: 10)
    grade = try row.decode(atIndex: 11)
  }

  /// The attempt value with its saved responses (oldest first).
  func attempt(responses: [SavedResponse]) throws(LedgerError) -> LedgerAttempt {
    let place = "attempts row \(id)"
    let record = AttemptRecord(
      attemptNumber: attemptNumber, startedAt: Timestamp(secondsSinceEpoch: startedAt),
      attempt: try LedgerJSON.decode(RealisedAttempt.self, realised, in: place), responses: responses)
    let storedGrade: AttemptGrade?
    if let grade { storedGrade = try LedgerJSON.decode(AttemptGrade.self, grade, in: place) } else { storedGrade = nil }
    return LedgerAttempt(
      id: id, learnerID: learnerID, courseID: courseID, courseVersion: courseVersion, contentDigest: contentDigest,
      record: record, deadline: deadlineAt.map(Timestamp.init(secondsSinceEpoch:)),
      finishedAt: finishedAt.map(Timestamp.init(secondsSinceEpoch:)), grade: storedGrade)
  }
}
