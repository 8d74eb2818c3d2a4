import Foundation
import GRDB
import VigilBase

/// A `board_records` row exactly as stored: its record, whose hash covers its content, and the two keys
/// it is found by. A `records.imported/1` event commits to its id and hash (``ImportedRecordRange``).
struct BoardRecordRow: Hashable {
  var id: Int64
  var providerID: Int64
  var batchID: Int64
  var hash: String
  var kind: String
  var certificate: String
  var board: String
  var licenseType: String
  var licenseNumber: String
  var approver: String
  var approvalNumber: String
  var approvalMinutes: Int64
  var awardedHundredths: Int64
  var completedOn: String
  var courseID: String
  var courseTitle: String
  var courseVersion: String
  var learnerName: String
  var reason: String?
  var replaces: String?
  /// The topics as a JSON array, sorted.
  var topics: String
  var isVerified: Bool
  /// ``BoardRecordKeys/hashKey(_:)`` of `hash` (schema version 4).
  var hashKey: Int64
  /// ``BoardRecordKeys/identityKey(providerID:_:)`` of the provider and the record's identity.
  var identityKey: Int64

  /// The columns in the order ``init(row:offset:)`` reads them.
  static let columns = """
    id, provider_id, batch_id, hash, kind, certificate, board, license_type, license_number, approver, approval_number, \
    approval_minutes, awarded_hundredths, completed_on, course_id, course_title, course_version, learner_name, reason, \
    replaces, topics, verified, hash_key, identity_key
    """

  /// ``columns`` qualified with a table alias, e.g. `r.id, r.provider_id, …`.
  static func columns(as alias: String) -> String {
    columns.split(separator: ",").map { alias + "." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
  }

  /// The record value; throws when a stored value no longer parses (a damaged row).
  func record() throws(LedgerError) -> BoardRecord {
    guard let kind = BoardRecord.Kind(rawValue: kind) else {
      throw LedgerError.damaged("board_records row \(id) is of kind \(Echo.quoted(kind))")
    }
    return BoardRecord(
      approvalMinutes: try CreditMinutes.checked(approvalMinutes, table: "board_records", row: id),
      approvalNumber: approvalNumber, approver: approver, awardedHundredths: awardedHundredths, board: board,
      certificate: certificate, completedOn: try Ledger.date(completedOn, in: "board_records row \(id)"),
      courseID: courseID, courseTitle: courseTitle, courseVersion: courseVersion, kind: kind, learnerName: learnerName,
      licenseNumber: licenseNumber, licenseType: licenseType, reason: reason, replaces: replaces,
      topics: try JSONStrings.decode(topics, in: "board_records row \(id)"), hash: hash)
  }

  /// The statement that inserts a row; ``values(of:providerID:batchID:isVerified:)`` supplies its values.
  static let insertSQL = """
    INSERT INTO board_records (provider_id, batch_id, hash, kind, certificate, board, license_type, license_number, \
    approver, approval_number, approval_minutes, awarded_hundredths, completed_on, course_id, course_title, \
    course_version, learner_name, reason, replaces, topics, verified, hash_key, identity_key) \
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  /// The values of the row of a record the preparation checked (its hash is 64 lowercase hex digits,
  /// its topics sorted without repeats), in ``insertSQL``'s order, packed for binding: written from the
  /// record straight into the buffer, with the two keys derived.
  static func values(of record: BoardRecord, providerID: Int64, batchID: Int64, isVerified: Bool) -> PackedValues {
    var values = PackedValues(count: 23, textBytes: 384)
    values.append(providerID)
    values.append(batchID)
    values.append(record.hash)
    values.append(record.kind.rawValue)
    values.append(record.certificate)
    values.append(record.board)
    values.append(record.licenseType)
    values.append(record.licenseNumber)
    values.append(record.approver)
    values.append(record.approvalNumber)
    values.append(Int64(record.approvalMinutes))
    values.append(record.awardedHundredths)
    values.append(record.completedOn.description)
    values.append(record.courseID)
    values.append(record.courseTitle)
    values.append(record.courseVersion)
    values.append(record.learnerName)
    values.append(record.reason)
    values.append(record.replaces)
    values.appendText { JSONStrings.append(sortedUniqueValues: record.topics, to: &$0) }
    values.append(isVerified ? 1 as Int64 : 0)
    values.append(BoardRecordKeys.hashKey(checkedHash: record.hash))
    values.append(BoardRecordKeys.identityKey(providerID: providerID, record))
    return values
  }

  /// Where the identity key, the provider and the identity's columns are among ``values(of:providerID:batchID:isVerified:)``, in the
  /// order the identity probe binds them: identity key, provider, certificate, board, license type,
  /// license number, approver, approval number, kind.
  static let identityValues = [22, 0, 4, 5, 6, 7, 8, 9, 3]

  /// Whether the row's two keys are the ones its values give.
  var hasDerivedKeys: Bool {
    hashKey == BoardRecordKeys.hashKey(hash)
      && identityKey
        == BoardRecordKeys.identityKey(
          providerID: providerID,
          [certificate, board, licenseType, licenseNumber, approver, approvalNumber, kind])
  }

  /// The idempotency key of its event.
  var eventKey: String { Self.eventKey(id) }

  /// The idempotency key of the event of the row with id `id`.
  static func eventKey(_ id: Int64) -> String { "board-record/\(id)" }

  /// The row's data in a `record.imported/1` event, which Vigil wrote for each record before schema
  /// version 4 (since then a `records.imported/1` event covers a range of rows; ``ImportedRecordRange``).
  var canonical: CanonicalJSON {
    var json = CanonicalJSON(capacity: 1024)
    json.field("approvalMinutes", approvalMinutes)
    json.field("approvalNumber", approvalNumber)
    json.field("approver", approver)
    json.field("awardedHundredths", awardedHundredths)
    json.field("batch", batchID)
    json.field("board", board)
    json.field("certificate", certificate)
    json.field("completedOn", completedOn)
    json.field("courseID", courseID)
    json.field("courseTitle", courseTitle)
    json.field("courseVersion", courseVersion)
    json.field("hash", hash)
    json.field("id", id)
    json.field("kind", kind)
    json.field("learnerName", learnerName)
    json.field("licenseNumber", licenseNumber)
    json.field("licenseType", licenseType)
    json.field("provider", providerID)
    json.field("reason", reason)
    json.field("replaces", replaces)
    json.field("topics", verbatim: topics)
    json.field("verified", isVerified)
    return json
  }
}

// In an extension, so the row keeps its memberwise initializer.
extension BoardRecordRow {
  /// Reads a row selected with ``columns``, from column `offset` on.
  init(row: Row, offset: Int = 0) throws {
    id = try row.decode(atIndex: offset)
    providerID = try row.decode(atIndex: offset + 1)
    batchID = try row.decode(atIndex: offset + 2)
    hash = try row.decode(atIndex: offset + 3)
    kind = try row.decode(atIndex: offset + 4)
    certificate = try row.decode(atIndex: offset + 5)
    board = try row.decode(atIndex: offset + 6)
    licenseType = try row.decode(atIndex: offset + 7)
    licenseNumber = try row.decode(atIndex: offset + 8)
    approver = try row.decode(atIndex: offset + 9)
    approvalNumber = try row.decode(atIndex: offset + 10)
    approvalMinutes = try row.decode(atIndex: offset + 11)
    awardedHundredths = try row.decode(atIndex: offset + 12)
    completedOn = try row.decode(atIndex: offset + 13)
    courseID = try row.decode(atIndex: offset + 14)
    courseTitle = try row.decode(atIndex: offset + 15)
    courseVersion = try row.decode(atIndex: offset + 16)
    learnerName = try row.decode(atIndex: offset + 17)
    reason = try row.decode(atIndex: offset + 18)
    replaces = try row.decode(atIndex: offset + 19)
    topics = try row.decode(atIndex: offset + 20)
    isVerified = try row.decode(atIndex: offset + 21)
    hashKey = try row.decode(atIndex: offset + 22)
    identityKey = try row.decode(atIndex: offset + 23)
  }
}
