import GRDB
import VigilBase
import VigilGrading

/// An `attempts` row as stored. The realised order, the question snapshot and the grade are grading
/// values with fractions; the event data carries them as JSON text in strings, so the event itself
/// holds only strings, integers and booleans.
///
/// An `attempts` row as stored. Its started part is its `attempt.started` event's data; once finished,
/// its graded part is its `attempt.graded` event's data.
struct AttemptRow: Hashable {
  var id: Int64
  var learnerID: Int64
  var courseID: String
  var courseVersion: String
  var contentDigest: String
  var quizID: String
  var enrolment: Int64
  var attemptNumber: Int64
  /// The seed as decimal text (a seed may exceed 2^53, which JSON numbers do not hold exactly).
  var seed: String
  var realised: String
  var questions: String
  var timeZone: String
  var startedAt: Int64
  var deadlineAt: Int64?
  var finishedAt: Int64?
  var percentBasisPoints: Int64?
  var passed: Bool?
  var grade: String?

  /// The columns in the order ``init(row:)`` reads them.
  static let columns = """
    id, learner_id, course_id, course_version, content_digest, quiz_id, enrolment, attempt_number, seed, realised, \
    questions, time_zone, started_at, deadline_at, finished_at, percent_bp, passed, grade
    """

  /// Reads a row selected with ``columns``.
  init(row: Row) throws {
    id = try row.decode(atIndex: 0)
    learnerID = try row.decode(atIndex: 1)
    courseID = try row.decode(atIndex: 2)
    courseVersion = try row.decode(atIndex: 3)
    contentDigest = try row.decode(atIndex: 4)
    quizID = try row.decode(atIndex: 5)
    enrolment = try row.decode(atIndex: 6)
    attemptNumber = try row.decode(atIndex: 7)
    seed = try row.decode(atIndex: 8)
    realised = try row.decode(atIndex: 9)
    questions = try row.decode(atIndex: 10)
    timeZone = try row.decode(atIndex: 11)
    startedAt = try row.decode(atIndex: 12)
    deadlineAt = try row.decode(atIndex: 13)
    finishedAt = try row.decode(atIndex: 14)
    percentBasisPoints = try row.decode(atIndex: 15)
    passed = try row.decode(atIndex: 16)
    grade = try row.decode(atIndex: 17)
  }

  /// The row for a new attempt, numbered `number`.
  init(_ new: NewAttempt, number: Int64, realised: String, questions: String) {
    id = 0
    learnerID = new.learnerID
    courseID = new.courseID
    courseVersion = new.courseVersion
    contentDigest = new.contentDigest
    quizID = new.attempt.quizID
    enrolment = Int64(new.enrolment)
    attemptNumber = number
    seed = String(new.attempt.seed)
    self.realised = realised
    self.questions = questions
    timeZone = new.timeZone
    startedAt = new.startedAt.secondsSinceEpoch
    deadlineAt = new.deadline?.secondsSinceEpoch
  }

  /// The statement that inserts a started attempt; ``bind(_:)`` supplies its values.
  static let insertSQL = """
    INSERT INTO attempts (learner_id, course_id, course_version, content_digest, quiz_id, enrolment, attempt_number,
      seed, realised, questions, time_zone, started_at, deadline_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  /// Binds the started attempt's values to ``insertSQL``.
  func bind(_ binder: inout InsertBinder) {
    binder.bind(learnerID)
    binder.bind(courseID)
    binder.bind(courseVersion)
    binder.bind(contentDigest)
    binder.bind(quizID)
    binder.bind(enrolment)
    binder.bind(attemptNumber)
    binder.bind(seed)
    binder.bind(realised)
    binder.bind(questions)
    binder.bind(timeZone)
    binder.bind(startedAt)
    binder.bind(deadlineAt)
  }

  /// The stream of the attempt's events (its responses and session steps too).
  var stream: String { "attempt/\(id)" }

  /// The `attempt.started` event's data: the attempt as realised.
  var startedCanonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("contentDigest", contentDigest)
    json.field("course", courseID)
    json.field("deadlineAt", deadlineAt)
    json.field("enrolment", enrolment)
    json.field("id", id)
    json.field("learner", learnerID)
    json.field("number", attemptNumber)
    json.field("questions", questions)
    json.field("quiz", quizID)
    json.field("realised", realised)
    json.field("seed", seed)
    json.field("startedAt", startedAt)
    json.field("timeZone", timeZone)
    json.field("version", courseVersion)
    return json
  }

  /// The `attempt.graded` event's data, once the attempt is finished.
  var gradedCanonical: CanonicalJSON? {
    guard let finishedAt, let grade else { return nil }
    var json = CanonicalJSON()
    json.field("finishedAt", finishedAt)
    json.field("grade", grade)
    json.field("id", id)
    json.field("passed", passed ?? false)
    json.field("percentBasisPoints", percentBasisPoints)
    return json
  }

  /// The attempt value with its saved responses (oldest first).
  func attempt(responses: [SavedResponse]) throws(LedgerError) -> LedgerAttempt {
    let place = "attempts row \(id)"
    guard let number = Int(exactly: attemptNumber) else { throw LedgerError.damaged("\(place) has no attempt number") }
    let record = AttemptRecord(
      attemptNumber: number, startedAt: Timestamp(secondsSinceEpoch: startedAt),
      attempt: try LedgerJSON.decode(RealisedAttempt.self, realised, in: place), responses: responses)
    let storedGrade: AttemptGrade?
    if let grade { storedGrade = try LedgerJSON.decode(AttemptGrade.self, grade, in: place) } else { storedGrade = nil }
    return LedgerAttempt(
      id: id, learnerID: learnerID, courseID: courseID, courseVersion: courseVersion, contentDigest: contentDigest,
      record: record, deadline: deadlineAt.map(Timestamp.init(secondsSinceEpoch:)),
      finishedAt: finishedAt.map(Timestamp.init(secondsSinceEpoch:)), grade: storedGrade,
      questions: try LedgerJSON.decode([Question].self, questions, in: place), timeZone: timeZone)
  }
}
