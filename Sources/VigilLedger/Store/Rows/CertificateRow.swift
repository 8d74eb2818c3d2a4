import GRDB
import VigilBase

/// A `certificates` row exactly as stored; its canonical content is its `certificate.issued` event's data.
struct CertificateRow: Hashable {
  var id: Int64
  /// The certificate number, shared by the completion's credentials.
  var number: String
  var completionID: Int64
  /// The license the credential is for; nil when the learner held none.
  var licenseID: Int64?
  /// The credential's id (its `jti`), unique in the ledger.
  var credentialID: String
  /// The file name in `certificates/`.
  var fileName: String
  /// The compact JWS as signed.
  var token: String

  /// The columns in the order ``init(row:)`` reads them.
  static let columns = "id, number, completion_id, license_id, credential_id, file_name, token"

  /// Reads a row selected with ``columns``.
  init(row: Row) throws {
    id = try row.decode(atIndex: 0)
    number = try row.decode(atIndex: 1)
    completionID = try row.decode(atIndex: 2)
    licenseID = try row.decode(atIndex: 3)
    credentialID = try row.decode(atIndex: 4)
    fileName = try row.decode(atIndex: 5)
    token = try row.decode(atIndex: 6)
  }

  /// A row to insert.
  init(number: String, completionID: Int64, licenseID: Int64?, credentialID: String, fileName: String, token: String) {
    id = 0
    self.number = number
    self.completionID = completionID
    self.licenseID = licenseID
    self.credentialID = credentialID
    self.fileName = fileName
    self.token = token
  }

  /// The statement that inserts a row; ``bind(_:)`` supplies its values.
  static let insertSQL = """
    INSERT INTO certificates (number, completion_id, license_id, credential_id, file_name, token)
    VALUES (?, ?, ?, ?, ?, ?)
    """

  /// Binds the row's values to ``insertSQL``.
  func bind(_ binder: inout InsertBinder) {
    binder.bind(number)
    binder.bind(completionID)
    binder.bind(licenseID)
    binder.bind(credentialID)
    binder.bind(fileName)
    binder.bind(token)
  }

  /// The event's stream: the completion the certificate belongs to.
  var stream: String { "completion/\(completionID)" }

  /// The idempotency key of its event.
  var eventKey: String { "certificate/\(credentialID)" }

  /// The chain's canonical JSON for the row.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("completion", completionID)
    json.field("credential", credentialID)
    json.field("file", fileName)
    json.field("id", id)
    json.field("license", licenseID)
    json.field("number", number)
    json.field("token", token)
    return json
  }
}
