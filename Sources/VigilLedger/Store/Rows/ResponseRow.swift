import GRDB
import VigilBase

/// A `responses` row exactly as stored; its canonical content is its `response.saved` event's data.
struct ResponseRow: Hashable {
  var id: Int64
  var attemptID: Int64
  var questionID: String
  /// The answer's revision for this question in this attempt, from 1.
  var sequence: Int64
  var typed: String
  /// The parsed response as JSON text.
  var response: String
  var savedAt: Int64

  /// The columns in the order ``init(row:)`` reads them.
  static let columns = "id, attempt_id, question_id, sequence, typed, response, saved_at"

  /// Reads a row selected with ``columns``.
  init(row: Row) throws {
    id = try row.decode(atIndex: 0)
    attemptID = try row.decode(atIndex: 1)
    questionID = try row.decode(atIndex: 2)
    sequence = try row.decode(atIndex: 3)
    typed = try row.decode(atIndex: 4)
    response = try row.decode(atIndex: 5)
    savedAt = try row.decode(atIndex: 6)
  }

  /// The row for a response to save.
  init(_ new: NewResponse, json: String) {
    id = 0
    attemptID = new.attemptID
    questionID = new.questionID
    sequence = Int64(new.sequence)
    typed = new.typed
    response = json
    savedAt = new.savedAt.secondsSinceEpoch
  }

  /// The statement that inserts a row; ``bind(_:)`` supplies its values.
  static let insertSQL = """
    INSERT INTO responses (attempt_id, question_id, sequence, typed, response, saved_at) VALUES (?, ?, ?, ?, ?, ?)
    """

  /// Binds the row's values to ``insertSQL``.
  func bind(_ binder: inout InsertBinder) {
    binder.bind(attemptID)
    binder.bind(questionID)
    binder.bind(sequence)
    binder.bind(typed)
    binder.bind(response)
    binder.bind(savedAt)
  }

  /// The event's stream: the attempt.
  var stream: String { "attempt/\(attemptID)" }

  /// The idempotency key: attempt, question and revision.
  var eventKey: String { "response/\(attemptID)/\(questionID)/\(sequence)" }

  /// The chain's canonical JSON for the row (the parsed response as JSON text in a string).
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("attempt", attemptID)
    json.field("id", id)
    json.field("question", questionID)
    json.field("response", response)
    json.field("revision", sequence)
    json.field("savedAt", savedAt)
    json.field("typed", typed)
    return json
  }
}
