import GRDB

/// A `completions` row exactly as stored. Its event's content is the row plus its credit rows.
struct CompletionRow: Hashable {
  var id: Int64
  var learnerID: Int64
  var courseID: String
  var courseVersion: String
  var courseTitle: String
  var completedOn: String
  var attemptID: Int64?
  var percent: Double?

  /// The columns in the order ``init(row:)`` reads them.
  static let columns = "id, learner_id, course_id, course_version, course_title, completed_on, attempt_id, percent"

  /// Reads a row selected with ``columns``.
  init(row: Row) throws {
    id = try row.decode(atIndex: 0)
    learnerID = try row.decode(atIndex: 1)
    courseID = try row.decode(atIndex: 2)
    courseVersion = try row.decode(atIndex: 3)
    courseTitle = try row.decode(atIndex: 4)
    completedOn = try row.decode(atIndex: 5)
    attemptID = try row.decode(atIndex: 6)
    percent = try row.decode(atIndex: 7)
  }

  /// The row for a checked new completion.
  init(_ completion: NewCompletion) {
    id = 0
    learnerID = completion.learnerID
    courseID = completion.courseID
    courseVersion = completion.courseVersion
    courseTitle = completion.courseTitle
    completedOn = completion.completedOn.description
    attemptID = completion.attemptID
    percent = completion.percent
  }

  /// The statement that inserts a row; ``bind(_:)`` supplies its values.
  static let insertSQL = """
    INSERT INTO completions (learner_id, course_id, course_version, course_title, completed_on, attempt_id, percent)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    """

  /// Binds the row's values to ``insertSQL``.
  func bind(_ binder: inout InsertBinder) {
    binder.bind(learnerID)
    binder.bind(courseID)
    binder.bind(courseVersion)
    binder.bind(courseTitle)
    binder.bind(completedOn)
    binder.bind(attemptID)
    binder.bind(percent)
  }

  /// The chain's canonical JSON for the row and its credits (each credit's ``CreditRow/canonical``).
  func canonical(credits: [CanonicalJSON]) -> CanonicalJSON {
    var json = CanonicalJSON()
    json.field("attempt", attemptID)
    json.field("completedOn", completedOn)
    json.field("course", courseID)
    json.field("credits", objects: credits)
    json.field("id", id)
    json.field("learner", learnerID)
    json.field("percent", percent)
    json.field("title", courseTitle)
    json.field("version", courseVersion)
    return json
  }
}
