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
  /// New records stored so far.
  public private(set) var added = 0
  /// Records already held.
  public private(set) var unchanged = 0
  /// The refusals so far, at most ``BatchRefusal/maximumListed``.
  public private(set) var refusals: [BatchRefusal] = []
  /// How many refusals there were in all.
  public private(set) var refusalCount = 0

  init(writer: RecordWriter, providerID: Int64, batchID: Int64, isVerified: Bool, path: String) {
    self.writer = writer
    self.providerID = providerID
    self.batchID = batchID
    self.isVerified = isVerified
    self.path = path
  }

  /// Adds one record.
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
    if let problem = Self.problem(in: record) { return refuse(at: place, position: position, problem) }
    return try LedgerError.mapping(path: path) {
      let db = writer.db
      if try exists(db, hash: record.hash) {
        unchanged += 1
        return .unchanged
      }
      if let replaced = record.replaces, !(try exists(db, hash: replaced)) {
        return refuse(
          at: place, position: position,
          "it replaces the record \(replaced), which this provider's records do not hold (a record may only replace "
            + "one imported before it)")
      }
      if let current = try currentHashes(db, sameIdentityAs: record).first(where: { $0 != record.replaces }) {
        return refuse(
          at: place, position: position,
          "it contradicts the record \(current) imported earlier (certificate \(record.certificate), "
            + "\(record.licenseKey), \(record.approver) \(record.approvalNumber), \(record.kind.rawValue)) with other "
            + "content, and does not supersede it (replaces)")
      }
      var row = BoardRecordRow(record, providerID: providerID, batchID: batchID, isVerified: isVerified)
      row.id = try InsertStatement(db, sql: BoardRecordRow.insertSQL).insert(db, row.bind)
      try writer.append(.recordImported, stream: ImportedBatchRow.stream(batchID), key: row.eventKey, data: row.canonical)
      added += 1
      return .added
    }
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

  private func exists(_ db: Database, hash: String) throws -> Bool {
    try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM board_records WHERE provider_id = ? AND hash = ?)"),
      arguments: [providerID, hash]) ?? false
  }

  /// The hashes of the provider's current records (superseded by none) with the record's identity.
  private func currentHashes(_ db: Database, sameIdentityAs record: BoardRecord) throws -> [String] {
    try String.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT r.hash FROM board_records r INDEXED BY board_records_by_identity
          WHERE r.provider_id = ? AND r.certificate = ? AND r.board = ? AND r.license_type = ? AND r.license_number = ?
            AND r.approver = ? AND r.approval_number = ? AND r.kind = ?
            AND NOT EXISTS (SELECT 1 FROM board_records s WHERE s.provider_id = r.provider_id AND s.replaces = r.hash)
          """),
      arguments: [
        providerID, record.certificate, record.board, record.licenseType, record.licenseNumber, record.approver,
        record.approvalNumber, record.kind.rawValue,
      ])
  }

  /// What makes a record unfit to store, or nil: the ledger checks what it keeps, whatever the caller
  /// checked before.
  static func problem(in record: BoardRecord) -> String? {
    guard ChainHash.raw(record.hash) != nil else {
      return "its hash \(Echo.quoted(record.hash)) is not 64 lowercase hex digits"
    }
    if let replaces = record.replaces {
      guard ChainHash.raw(replaces) != nil else {
        return "it replaces \(Echo.quoted(replaces)), which is not a record hash (64 lowercase hex digits)"
      }
      guard replaces != record.hash else { return "it replaces itself" }
    }
    switch record.kind {
    case .revocation where record.replaces == nil: return "a revocation must name the record it revokes (replaces)"
    case .completion where record.reason != nil: return "a completion record carries no reason (only a revocation does)"
    default: break
    }
    guard (1...CreditMinutes.maximum).contains(record.approvalMinutes) else {
      return "its approval minutes \(record.approvalMinutes) are not between 1 and \(CreditMinutes.maximum)"
    }
    guard (0...100_000).contains(record.awardedHundredths) else {
      return "its awarded hours \(record.awardedHundredths) hundredths are not between 0 and 1000 hours"
    }
    do {
      let key = try LicenseKey(board: record.board, type: record.licenseType, number: record.licenseNumber)
      guard key.board == record.board, key.type == record.licenseType else {
        return "its license \(record.licenseKey) is not written as the board writes it (\(key))"
      }
      for (value, field) in [
        (record.approver, "approver"), (record.approvalNumber, "approval number"), (record.certificate, "certificate"),
        (record.courseID, "course id"), (record.courseTitle, "course title"), (record.courseVersion, "course version"),
        (record.learnerName, "learner's name"),
      ] {
        _ = try Check.text(value, field)
      }
      if let reason = record.reason { _ = try Check.text(reason, "reason") }
      _ = try Check.ids(Set(record.topics), "topic")
    } catch {
      return error.message
    }
    guard zip(record.topics, record.topics.dropFirst()).allSatisfy({ $0 < $1 }) else {
      return "its topics are not sorted, or list a topic twice"
    }
    return nil
  }
}
