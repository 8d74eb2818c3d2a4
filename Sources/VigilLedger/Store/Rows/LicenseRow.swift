import GRDB
import VigilBase
import VigilBoards
import VigilCourse

/// A `licenses` row exactly as stored; its canonical content is what the chain vouches for.
struct LicenseRow: Hashable {
  var id: Int64
  var learnerID: Int64
  var board: String
  var type: String
  var number: String
  var expires: String
  var issued: String?
  /// The attribute ids as a JSON array, sorted.
  var attributes: String

  /// The columns in the order ``init(row:)`` reads them.
  static let columns = "id, learner_id, board, type, number, expires, issued, attributes"

  /// Reads a row selected with ``columns``.
  init(row: Row) throws {
    id = try row.decode(atIndex: 0)
    learnerID = try row.decode(atIndex: 1)
    board = try row.decode(atIndex: 2)
    type = try row.decode(atIndex: 3)
    number = try row.decode(atIndex: 4)
    expires = try row.decode(atIndex: 5)
    issued = try row.decode(atIndex: 6)
    attributes = try row.decode(atIndex: 7)
  }

  /// The row for a checked license key and profile.
  init(key: LicenseKey, profile: LicenseProfile, learnerID: Int64) {
    id = 0
    self.learnerID = learnerID
    board = key.board
    type = key.type
    number = key.number
    expires = profile.expires.description
    issued = profile.issued?.description
    attributes = JSONStrings.encode(profile.attributes)
  }

  /// The license key.
  var key: LicenseKey {
    get throws(LedgerError) { try LicenseKey(board: board, type: type, number: number) }
  }

  /// The license value; throws when a stored value no longer parses (a damaged row).
  func license() throws(LedgerError) -> License {
    guard let expiresOn = CalendarDate(expires) else {
      throw LedgerError.damaged("licenses row \(id) has expiry \(Echo.quoted(expires)), which is not a date")
    }
    let issuedOn = issued.flatMap(CalendarDate.init)
    let profile = LicenseProfile(
      boardID: board, licenseType: type, number: number, expires: expiresOn, issued: issuedOn,
      attributes: Set(try JSONStrings.decode(attributes, in: "licenses row \(id)")))
    return License(id: id, learnerID: learnerID, key: try key, profile: profile)
  }

  /// The statement that inserts a row; ``bind(_:)`` supplies its values.
  static let insertSQL = """
    INSERT INTO licenses (learner_id, board, type, number, expires, issued, attributes) VALUES (?, ?, ?, ?, ?, ?, ?)
    """

  /// Binds the row's values to ``insertSQL``.
  func bind(_ binder: inout InsertBinder) {
    binder.bind(learnerID)
    binder.bind(board)
    binder.bind(type)
    binder.bind(number)
    binder.bind(expires)
    binder.bind(issued)
    binder.bind(attributes)
  }

  /// The stream of the license's events.
  var stream: String { "license/\(id)" }

  /// The chain's canonical JSON for the row.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("attributes", verbatim: attributes)
    json.field("board", board)
    json.field("expires", expires)
    json.field("id", id)
    json.field("issued", issued)
    json.field("learner", learnerID)
    json.field("number", number)
    json.field("type", type)
    return json
  }
}
