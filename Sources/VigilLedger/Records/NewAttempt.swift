import VigilGrading

/// A quiz attempt to start: who, which course version, and exactly what the quiz assembler showed.
public struct NewAttempt: Sendable, Hashable {
  /// The learner taking the quiz.
  public var learnerID: Int64
  /// The course id.
  public var courseID: String
  /// The course version.
  public var courseVersion: String
  /// A digest of the course content the attempt was assembled from (e.g. SHA-256 of the package), so
  /// review and regrade can tell whether the course changed since.
  public var contentDigest: String
  /// The realised attempt: quiz id, seed and the questions and their parts in display order.
  public var attempt: RealisedAttempt
  /// When the attempt started.
  public var startedAt: Timestamp
  /// When it must be finished, if the quiz has a time limit.
  public var deadline: Timestamp?
  /// The presented questions with their keys and points, as the course defined them when the attempt
  /// began: the attempt is resumed and graded against these even if the course files change.
  public var questions: [Question]
  /// The learner's IANA time zone (e.g. `America/Chicago`).
  public var timeZone: String
  /// Which taking of the course this is for the learner: 1, then 2 for a retake after a completion (a
  /// later renewal cycle). Attempts are numbered, and limited, within an enrolment.
  public var enrolment: Int

  /// Creates an attempt to start.
  public init(
    learnerID: Int64, courseID: String, courseVersion: String, contentDigest: String, attempt: RealisedAttempt,
    startedAt: Timestamp, deadline: Timestamp? = nil, questions: [Question] = [], timeZone: String = "UTC",
    enrolment: Int = 1
  ) {
    self.enrolment = enrolment
    self.questions = questions
    self.timeZone = timeZone
    self.learnerID = learnerID
    self.courseID = courseID
    self.courseVersion = courseVersion
    self.contentDigest = contentDigest
    self.attempt = attempt
    self.startedAt = startedAt
    self.deadline = deadline
  }
}
