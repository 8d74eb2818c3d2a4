import GRDB

/// A `credits` row exactly as stored; its canonical content is part of its completion's event.
struct CreditRow: Hashable {
  var id: Int64
  var completionID: Int64
  var licenseID: Int64
  var board: String
  var approver: String
  var approvalNumber: String
  var minutes: Int64
  /// The topic ids as a JSON array, sorted.
  var topics: String

  /// The columns in the order ``init(row:)`` reads them.
  static let columns = "id, completion_id, license_id, board, approver, approval_number, minutes, topics"

  /// Reads a row selected with ``columns``.
  init(row: Row) throws {
    id = try row.decode(atIndex: 0)
    completionID = try row.decode(atIndex: 1)
    licenseID = try row.decode(atIndex: 2)
    board = try row.decode(atIndex: 3)
    approver = try row.decode(atIndex: 4)
    approvalNumber = try row.decode(atIndex: 5)
    minutes = try row.decode(atIndex: 6)
    topics = try row.decode(atIndex: 7)
  }

  /// A row to insert.
  init(
    completionID: Int64, licenseID: Int64, board: String, approver: String, approvalNumber: String,
    minutes: Int64, topics: String
  ) {
    id = 0
    self.completionID = completionID
    self.licenseID = licenseID
    self.board = board
    self.approver = approver
    self.approvalNumber = approvalNumber
    self.minutes = minutes
    self.topics = topics
  }

  /// The statement that inserts a row; ``bind(_:)`` supplies its values.
  static let insertSQL = """
    INSERT INTO credits (completion_id, license_id, board, approver, approval_number, minutes, topics)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    """

  /// Binds the row's values to ``insertSQL``.
  func bind(_ binder: inout InsertBinder) {
    binder.bind(completionID)
    binder.bind(licenseID)
    binder.bind(board)
    binder.bind(approver)
    binder.bind(approvalNumber)
    binder.bind(minutes)
    binder.bind(topics)
  }

  /// The chain's canonical JSON for the row.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("approvalNumber", approvalNumber)
    json.field("approver", approver)
    json.field("board", board)
    json.field("id", id)
    json.field("license", licenseID)
    json.field("minutes", minutes)
    json.field("topics", json: topics)
    return json
  }
}
