import GRDB
import VigilBase

/// A `completions` row exactly as stored; its canonical content is its `completion.recorded` event's data.
struct CompletionRow: Hashable {
  var id: Int64
  /// The completion's natural key, which survives export and import: the ledger's id, `/`, the row id.
  var number: String
  var learnerID: Int64
  var attemptID: Int64?
  var courseID: String
  var courseVersion: String
  var courseTitle: String
  /// The local completion date, fixed once at completion.
  var completedOn: String
  /// The UTC instant of completion, when known (imported records may lack it).
  var completedAt: Int64?
  /// The learner's IANA time zone at completion, when known.
  var timeZone: String?
  /// The quiz percentage in basis points.
  var percentBasisPoints: Int64?
  /// The snapshot as canonical JSON text.
  var snapshot: String

  /// The columns in the order ``init(row:)`` reads them.
  static let columns = """
    id, number, learner_id, attempt_id, course_id, course_version, course_title, completed_on, completed_at, \
    time_zone, percent_bp, snapshot
    """

  /// Reads a row selected with ``columns``.
  init(row: Row) throws {
    id = try row.decode(atIndex: 0)
    number = try row.decode(atIndex: 1)
    learnerID = try row.decode(atIndex: 2)
    attemptID = try row.decode(atIndex: 3)
    courseID = try row.decode(atIndex: 4)
    courseVersion = try row.decode(atIndex: 5)
    courseTitle = try row.decode(atIndex: 6)
    completedOn = try row.decode(atIndex: 7)
    completedAt = try row.decode(atIndex: 8)
    timeZone = try row.decode(atIndex: 9)
    percentBasisPoints = try row.decode(atIndex: 10)
    snapshot = try row.decode(atIndex: 11)
  }

  /// The row for a checked new completion, numbered once its id is known.
  init(_ completion: NewCompletion, snapshot: String) {
    id = 0
    number = ""
    learnerID = completion.learnerID
    attemptID = completion.attemptID
    courseID = completion.courseID
    courseVersion = completion.courseVersion
    courseTitle = completion.courseTitle
    completedOn = completion.completedOn.description
    completedAt = completion.completedAt?.secondsSinceEpoch
    timeZone = completion.timeZone
    percentBasisPoints = completion.percent.map { Int64(($0 * 100).rounded()) }
    self.snapshot = snapshot
  }

  /// The statement that inserts a row; ``bind(_:)`` supplies its values.
  static let insertSQL = """
    INSERT INTO completions (id, number, learner_id, attempt_id, course_id, course_version, course_title, completed_on,
      completed_at, time_zone, percent_bp, snapshot)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  /// Binds the row's values to ``insertSQL``.
  func bind(_ binder: inout InsertBinder) {
    binder.bind(id)
    binder.bind(number)
    binder.bind(learnerID)
    binder.bind(attemptID)
    binder.bind(courseID)
    binder.bind(courseVersion)
    binder.bind(courseTitle)
    binder.bind(completedOn)
    binder.bind(completedAt)
    binder.bind(timeZone)
    binder.bind(percentBasisPoints)
    binder.bind(snapshot)
  }

  /// The event's stream.
  var stream: String { "completion/\(id)" }

  /// The idempotency key of its event: one completion per passed attempt, else per number.
  var eventKey: String { attemptID.map { "completion/attempt/\($0)" } ?? "completion/\(number)" }

  /// The chain's canonical JSON for the row.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("attempt", attemptID)
    json.field("completedAt", completedAt)
    json.field("completedOn", completedOn)
    json.field("course", courseID)
    json.field("id", id)
    json.field("learner", learnerID)
    json.field("number", number)
    json.field("percentBasisPoints", percentBasisPoints)
    json.field("snapshot", verbatim: snapshot)
    json.field("timeZone", timeZone)
    json.field("title", courseTitle)
    json.field("version", courseVersion)
    return json
  }
}
