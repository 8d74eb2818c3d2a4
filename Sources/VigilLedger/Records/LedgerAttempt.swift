import VigilGrading

/// A stored attempt: what was shown, every response saved so far and, once finished, its grade.
///
/// ``record`` is what ``VigilGrading`` grades (`quiz.grade(attempt.record)`); resume shows
/// ``record``'s questions from the first without a response.
public struct LedgerAttempt: Sendable, Hashable {
  /// The ledger's id for the attempt.
  public var id: Int64
  /// The learner taking it.
  public var learnerID: Int64
  /// The course id.
  public var courseID: String
  /// The course version.
  public var courseVersion: String
  /// The digest of the course content it was assembled from.
  public var contentDigest: String
  /// The attempt number, start time, realised order and saved responses (oldest first).
  public var record: AttemptRecord
  /// When it must be finished, if the quiz has a time limit.
  public var deadline: Timestamp?
  /// When it was finished, or nil while it is open.
  public var finishedAt: Timestamp?
  /// The grade stored when it was finished.
  public var grade: AttemptGrade?
  /// The presented questions with their keys and points, as snapshotted when the attempt started.
  public var questions: [Question]
  /// The learner's IANA time zone for the attempt.
  public var timeZone: String

  /// Creates an attempt value.
  public init(
    id: Int64, learnerID: Int64, courseID: String, courseVersion: String, contentDigest: String,
    record: AttemptRecord, deadline: Timestamp?, finishedAt: Timestamp?, grade: AttemptGrade?,
    questions: [Question] = [], timeZone: String = "UTC"
  ) {
    self.questions = questions
    self.timeZone = timeZone
    self.id = id
    self.learnerID = learnerID
    self.courseID = courseID
    self.courseVersion = courseVersion
    self.contentDigest = contentDigest
    self.record = record
    self.deadline = deadline
    self.finishedAt = finishedAt
    self.grade = grade
  }

  /// The quiz's id.
  public var quizID: String { record.attempt.quizID }

  /// Whether the attempt is finished (and takes no more responses).
  public var isFinished: Bool { finishedAt != nil }
}
