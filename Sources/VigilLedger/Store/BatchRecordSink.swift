import GRDB
import VigilBase

/// What became of one record added to a batch import.
public enum BatchRecordOutcome: Sendable, Hashable {
  /// The record is new and is stored with the batch.
  case added
  /// The provider's records already hold it (the same hash).
  case unchanged
  /// The record is refused, and with it the whole batch; the reason.
  case refused(String)
}

/// Adds a batch's records inside ``Ledger/importBatch(_:records:)-(_,(inout BatchRecordSink)->Void)``,
/// checking each against what the board holds from the same provider.
public struct BatchRecordSink {
  var writer: RecordWriter
  private let providerID: Int64
  private let batchID: Int64
  private let isVerified: Bool
  private let path: String
  private let insert: InsertStatement
  private let sameIdentity: QueryStatement
  private let hashHeld: QueryStatement
  private let replacement: QueryStatement
  private let replacedCredit: QueryStatement
  /// Whether the ledger holds rows of schema version 3, whose hashes were not all checked against their
  /// fields when imported.
  private let holdsLegacyRows: Bool
  /// The rows stored since the last `records.imported/1` event.
  private var range: ImportedRecordRange
  /// New records stored so far.
  public private(set) var added = 0
  /// Records already held.
  public private(set) var unchanged = 0
  /// The refusals so far, at most ``BatchRefusal/maximumListed``.
  public private(set) var refusals: [BatchRefusal] = []
  /// How many refusals there were in all.
  public private(set) var refusalCount = 0

  init(writer: RecordWriter, providerID: Int64, batchID: Int64, isVerified: Bool, path: String) throws {
    self.writer = writer
    self.providerID = providerID
    self.batchID = batchID
    self.isVerified = isVerified
    self.path = path
    insert = try InsertStatement(writer.db, sql: BoardRecordRow.insertSQL)
    sameIdentity = try QueryStatement(writer.db, sql: Self.sameIdentitySQL)
    hashHeld = try QueryStatement(
      writer.db,
      sql: "SELECT 1 FROM board_records INDEXED BY board_records_by_hash WHERE hash_key = ? AND provider_id = ? AND hash = ? LIMIT 1"
    )
    replacement = try QueryStatement(
      writer.db,
      sql: "SELECT hash FROM board_records INDEXED BY board_records_by_replaces WHERE provider_id = ? AND replaces = ? LIMIT 1"
    )
    replacedCredit = try QueryStatement(writer.db, sql: Self.creditSQL)
    range = ImportedRecordRange(batchID: batchID)
    holdsLegacyRows = try Bool.fetchOne(writer.db, sql: Self.legacyRowsSQL) ?? true
  }

  /// Whether the ledger holds rows a version 3 ledger imported, each with its own `record.imported/1`.
  private static let legacyRowsSQL = "SELECT EXISTS (SELECT 1 FROM events WHERE kind = 'record.imported/1')"

  /// How records are checked and laid out for this import, for a caller that prepares them on a thread
  /// of its own.
  public var preparation: BoardRecordPreparation {
    BoardRecordPreparation(providerID: providerID, batchID: batchID, isVerified: isVerified)
  }

  /// Adds one record: ``add(_:at:)-(PreparedBoardRecord,_)`` after ``BoardRecordPreparation/prepare(_:)``.
  ///
  /// - Parameters:
  ///   - record: The record, parsed and validated by the caller, with its hash.
  ///   - place: Where the record is in the batch (its line or index), for the refusal.
  ///   - position: Where it is in the file (`line 12`), for the refusal, when the caller knows.
  /// - Returns: What became of it; a refusal is also kept in ``refusals`` and refuses the whole batch.
  /// - Throws: ``LedgerError`` only when the ledger cannot be read or written.
  @discardableResult
  public mutating func add(_ record: BoardRecord, at place: Int, position: String? = nil) throws(LedgerError)
    -> BatchRecordOutcome
  {
    switch preparation.prepare(record) {
    case .refused(let reason): refuse(at: place, position: position, reason)
    case .ready(let prepared): try add(prepared, at: place, position: position)
    }
  }

  /// Adds one record prepared for this import.
  ///
  /// One probe of the identity index answers both questions a new record raises: whether the provider's
  /// records already hold it (its hash among the records with its identity) and whether a current
  /// record with its identity holds other content. That probe is also what keeps a provider's hashes
  /// unique (schema version 5 has no trigger for it): the preparation checked the hash against the
  /// fields, which hold the identity, so the same hash under another identity is a SHA-256 collision.
  /// Rows a version 3 ledger imported were not all checked so, so in a ledger that holds any, each new
  /// record's hash is looked up too before it is stored.
  ///
  /// - Parameters:
  ///   - prepared: The record, prepared with ``preparation``.
  ///   - place: Where the record is in the batch (its index), for the refusal.
  ///   - position: Where the record is in the file (`line 12`), for the refusal.
  /// - Returns: What became of it; a refusal is also kept in ``refusals`` and refuses the whole batch.
  /// - Throws: ``LedgerError`` when the ledger cannot be read or written, or the record was prepared for
  ///   another import.
  @discardableResult
  public mutating func add(_ prepared: PreparedBoardRecord, at place: Int, position: String? = nil) throws(LedgerError)
    -> BatchRecordOutcome
  {
    guard prepared.preparation == preparation else {
      throw LedgerError.invalid("a record prepared for another batch import cannot be added to this one")
    }
    let record = prepared.record
    return try LedgerError.mapping(path: path) {
      try prepared.values.withBound { values in
        let held = try heldWithIdentity(values)
        if held.contains(where: { $0.hash == record.hash }) { return markUnchanged() }
        if let replaced = record.replaces, !(try holds(hash: replaced)) {
          if try holds(hash: record.hash) { return markUnchanged() }
          return refuse(
            at: place, position: position,
            "it replaces the record \(replaced), which this provider's records do not hold (a record may only "
              + "replace one imported before it)")
        }
        // A revocation is the credit it revokes, repeated with kind `revocation`: one naming another
        // certificate, license or approval would list a revocation where the board has no such credit.
        if record.kind == .revocation, let revoked = record.replaces, let credit = try credit(hash: revoked),
          credit != CreditIdentity(record)
        {
          if try holds(hash: record.hash) { return markUnchanged() }
          return refuse(
            at: place, position: position,
            "it revokes the record \(revoked), which is \(credit), not \(CreditIdentity(record)) as the revocation "
              + "says (a revocation repeats the credit it revokes)")
        }
        if let current = held.first(where: { !$0.isSuperseded && $0.hash != record.replaces }) {
          if try holds(hash: record.hash) { return markUnchanged() }
          return refuse(
            at: place, position: position,
            "it contradicts the record \(current.hash) imported earlier (certificate \(record.certificate), "
              + "\(record.licenseKey), \(record.approver) \(record.approvalNumber), \(record.kind.rawValue)) with "
              + "other content, and does not supersede it (replaces)")
        }
        // A record is superseded once: a second record replacing it would make both count (two
        // corrections of one certificate), so a further correction or a revocation replaces the latest.
        if let replaced = record.replaces, let later = try replacement(of: replaced) {
          return refuse(
            at: place, position: position,
            "it replaces the record \(replaced), which the record \(later) already replaces (a record is superseded "
              + "once: a further correction or a revocation replaces the latest record)")
        }
        if holdsLegacyRows, try holds(hash: record.hash) { return markUnchanged() }
        let id = try insert.insert(writer.db) { values.bindAll(&$0) }
        range.add(id: id, hash: record.hash)
        if range.isFull { try closeRange() }
        added += 1
        return .added
      }
    }
  }

  /// Writes the `records.imported/1` event of the rows stored since the last one, if any: the import
  /// calls it after the last record, before the batch's own events.
  mutating func closeRange() throws {
    guard range.count > 0 else { return }
    try writer.append(
      .recordsImported, stream: ImportedBatchRow.stream(batchID), key: range.eventKey, data: range.canonical)
    range = ImportedRecordRange(batchID: batchID)
  }

  /// Refuses a record the caller found bad (a wrong hash, a bad signature on it): the whole batch is
  /// refused and the reason listed with the others.
  @discardableResult
  public mutating func refuse(at place: Int?, position: String? = nil, _ reason: String) -> BatchRecordOutcome {
    refusalCount += 1
    if refusals.count < BatchRefusal.maximumListed {
      refusals.append(BatchRefusal(place: place, position: position, reason: reason))
    }
    return .refused(reason)
  }

  private mutating func markUnchanged() -> BatchRecordOutcome {
    unchanged += 1
    return .unchanged
  }

  /// Whether the provider's records hold a record with this hash.
  private func holds(hash: String) throws -> Bool {
    guard let key = BoardRecordKeys.hashKey(hash) else { return false }
    return try hashHeld.hasRow(writer.db) { values in
      values.bind(key)
      values.bind(providerID)
      values.bind(hash)
    }
  }

  /// The hash of the provider's record that replaces the record with hash `replaced`, if one does.
  private func replacement(of replaced: String) throws -> String? {
    var later: String?
    try replacement.forEachRow(writer.db) { binder in
      binder.bind(providerID)
      binder.bind(replaced)
    } _: { row in
      later = row.text(0)
    }
    return later
  }

  /// The credit of the provider's record with hash `hash`, if the provider's records hold it.
  private func credit(hash: String) throws -> CreditIdentity? {
    guard let key = BoardRecordKeys.hashKey(hash) else { return nil }
    var credit: CreditIdentity?
    try replacedCredit.forEachRow(writer.db) { binder in
      binder.bind(key)
      binder.bind(providerID)
      binder.bind(hash)
    } _: { row in
      credit = CreditIdentity(
        certificate: row.text(0), board: row.text(1), licenseType: row.text(2), licenseNumber: row.text(3),
        approver: row.text(4), approvalNumber: row.text(5))
    }
    return credit
  }

  /// The columns of a record's credit, by hash.
  private static let creditSQL = """
    SELECT certificate, board, license_type, license_number, approver, approval_number
    FROM board_records INDEXED BY board_records_by_hash WHERE hash_key = ? AND provider_id = ? AND hash = ? LIMIT 1
    """

  /// What a revocation must repeat of the record it revokes: the certificate, the license and the approval.
  fileprivate struct CreditIdentity: Equatable, CustomStringConvertible {
    var certificate: String
    var board: String
    var licenseType: String
    var licenseNumber: String
    var approver: String
    var approvalNumber: String

    var description: String {
      "certificate \(certificate) for \(board):\(licenseType):\(licenseNumber) under \(approver) \(approvalNumber)"
    }
  }

  /// A record of the provider with a given identity: its hash, and whether a later record supersedes it.
  private struct HeldRecord {
    var hash: String
    var isSuperseded: Bool
  }

  /// The provider's records with the record's identity, superseded or not.
  private static let sameIdentitySQL = """
    SELECT r.hash, EXISTS (SELECT 1 FROM board_records s WHERE s.provider_id = r.provider_id AND s.replaces = r.hash)
    FROM board_records r INDEXED BY board_records_by_identity
    WHERE r.identity_key = ? AND r.provider_id = ? AND r.certificate = ? AND r.board = ? AND r.license_type = ? AND r.license_number = ?
      AND r.approver = ? AND r.approval_number = ? AND r.kind = ?
    """

  /// The provider's records with the identity among a prepared record's values, superseded or not.
  private func heldWithIdentity(_ values: PackedValues.Bound) throws -> [HeldRecord] {
    var held: [HeldRecord] = []
    try sameIdentity.forEachRow(writer.db) { binder in
      for index in BoardRecordRow.identityValues { values.bind(index, &binder) }
    } _: { row in
      held.append(HeldRecord(hash: row.text(0), isSuperseded: row.integer(1) != 0))
    }
    return held
  }
}

extension BatchRecordSink.CreditIdentity {
  /// The credit `record` names.
  fileprivate init(_ record: BoardRecord) {
    self.init(
      certificate: record.certificate, board: record.board, licenseType: record.licenseType,
      licenseNumber: record.licenseNumber, approver: record.approver, approvalNumber: record.approvalNumber)
  }
}
