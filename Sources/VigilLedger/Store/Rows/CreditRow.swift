import GRDB
import VigilBase

/// A `credits` row exactly as stored; its canonical content is its `credit.awarded` event's data.
struct CreditRow: Hashable {
  var id: Int64
  /// The credit's stable id, which reports cite: the completion's number, `/`, and the credit's
  /// position in the completion (from 1).
  var key: String
  var completionID: Int64
  var licenseID: Int64
  var board: String
  var approver: String
  var approvalNumber: String
  var minutes: Int64
  /// The topic ids as a JSON array, sorted.
  var topics: String
  /// Whether the approval behind the credit is an example (sample credit, never reportable).
  var isSample: Bool

  /// The columns in the order ``init(row:)`` reads them.
  static let columns =
    "id, key, completion_id, license_id, board, approver, approval_number, minutes, topics, sample"

  /// Reads a row selected with ``columns``.
  init(row: Row) throws {
    id = try row.decode(atIndex: 0)
    key = try row.decode(atIndex: 1)
    completionID = try row.decode(atIndex: 2)
    licenseID = try row.decode(atIndex: 3)
    board = try row.decode(atIndex: 4)
    approver = try row.decode(atIndex: 5)
    approvalNumber = try row.decode(atIndex: 6)
    minutes = try row.decode(atIndex: 7)
    topics = try row.decode(atIndex: 8)
    isSample = try row.decode(atIndex: 9)
  }

  /// A row to insert.
  init(
    key: String, completionID: Int64, licenseID: Int64, board: String, approver: String, approvalNumber: String,
    minutes: Int64, topics: String, isSample: Bool
  ) {
    id = 0
    self.key = key
    self.completionID = completionID
    self.licenseID = licenseID
    self.board = board
    self.approver = approver
    self.approvalNumber = approvalNumber
    self.minutes = minutes
    self.topics = topics
    self.isSample = isSample
  }

  /// The statement that inserts a row; ``bind(_:)`` supplies its values.
  static let insertSQL = """
    INSERT INTO credits (key, completion_id, license_id, board, approver, approval_number, minutes, topics, sample)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  /// Binds the row's values to ``insertSQL``.
  func bind(_ binder: inout InsertBinder) {
    binder.bind(key)
    binder.bind(completionID)
    binder.bind(licenseID)
    binder.bind(board)
    binder.bind(approver)
    binder.bind(approvalNumber)
    binder.bind(minutes)
    binder.bind(topics)
    binder.bind(isSample ? 1 as Int64 : 0)
  }

  /// The event's stream: the completion the credit belongs to.
  var stream: String { "completion/\(completionID)" }

  /// The idempotency key of its event.
  var eventKey: String { "credit/\(key)" }

  /// The chain's canonical JSON for the row.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("approvalNumber", approvalNumber)
    json.field("approver", approver)
    json.field("board", board)
    json.field("completion", completionID)
    json.field("id", id)
    json.field("key", key)
    json.field("license", licenseID)
    json.field("minutes", minutes)
    json.field("sample", isSample)
    json.field("topics", verbatim: topics)
    return json
  }
}
