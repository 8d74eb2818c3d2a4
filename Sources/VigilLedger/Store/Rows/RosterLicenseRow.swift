import GRDB
import VigilBase
import VigilBoards

/// A `roster_licenses` row exactly as stored; its canonical content is its latest event's data.
struct RosterLicenseRow: Hashable {
  var id: Int64
  var board: String
  var type: String
  var number: String
  var holderName: String
  var expires: String
  var issued: String?
  /// The attribute ids as a JSON array, sorted.
  var attributes: String

  /// The columns in the order ``init(row:)`` reads them.
  static let columns = "id, board, type, number, holder_name, expires, issued, attributes"

  /// Reads a row selected with ``columns``, from column `offset` on.
  init(row: Row, offset: Int = 0) throws {
    id = try row.decode(atIndex: offset)
    board = try row.decode(atIndex: offset + 1)
    type = try row.decode(atIndex: offset + 2)
    number = try row.decode(atIndex: offset + 3)
    holderName = try row.decode(atIndex: offset + 4)
    expires = try row.decode(atIndex: offset + 5)
    issued = try row.decode(atIndex: offset + 6)
    attributes = try row.decode(atIndex: offset + 7)
  }

  /// The row for a checked key, profile and name.
  init(key: LicenseKey, profile: LicenseProfile, holderName: String) {
    id = 0
    board = key.board
    type = key.type
    number = key.number
    self.holderName = holderName
    expires = profile.expires.description
    issued = profile.issued?.description
    attributes = JSONStrings.encode(profile.attributes)
  }

  /// The value; throws when a stored value no longer parses (a damaged row).
  func license() throws(LedgerError) -> RosterLicense {
    guard let expiresOn = CalendarDate(expires) else {
      throw LedgerError.damaged("roster_licenses row \(id) has expiry \(Echo.quoted(expires)), which is not a date")
    }
    let profile = LicenseProfile(
      boardID: board, licenseType: type, number: number, expires: expiresOn, issued: issued.flatMap(CalendarDate.init),
      attributes: Set(try JSONStrings.decode(attributes, in: "roster_licenses row \(id)")))
    return RosterLicense(profile: profile, holderName: holderName)
  }

  /// The statement that inserts a row; ``bind(_:)`` supplies its values.
  static let insertSQL = """
    INSERT INTO roster_licenses (board, type, number, holder_name, expires, issued, attributes) VALUES (?, ?, ?, ?, ?, ?, ?)
    """

  /// Binds the row's values to ``insertSQL``.
  func bind(_ binder: inout InsertBinder) {
    binder.bind(board)
    binder.bind(type)
    binder.bind(number)
    binder.bind(holderName)
    binder.bind(expires)
    binder.bind(issued)
    binder.bind(attributes)
  }

  /// The stream of the license's roster events.
  var stream: String { "roster/\(id)" }

  /// The chain's canonical JSON for the row.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("attributes", verbatim: attributes)
    json.field("board", board)
    json.field("expires", expires)
    json.field("holder", holderName)
    json.field("id", id)
    json.field("issued", issued)
    json.field("number", number)
    json.field("type", type)
    return json
  }
}
