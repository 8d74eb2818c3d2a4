import GRDB
import VigilBase

/// An `imported_batches` row exactly as stored; its canonical content is its `batch.imported` event's data.
struct ImportedBatchRow: Hashable {
  var id: Int64
  var providerID: Int64
  var digest: String
  var format: String
  var isVerified: Bool
  var recordCount: Int64
  var addedCount: Int64
  var unchangedCount: Int64
  var importedAt: Int64

  /// The columns in the order ``init(row:)`` reads them.
  static let columns =
    "id, provider_id, digest, format, verified, record_count, added_count, unchanged_count, imported_at"

  /// Reads a row selected with ``columns``.
  init(row: Row) throws {
    id = try row.decode(atIndex: 0)
    providerID = try row.decode(atIndex: 1)
    digest = try row.decode(atIndex: 2)
    format = try row.decode(atIndex: 3)
    isVerified = try row.decode(atIndex: 4)
    recordCount = try row.decode(atIndex: 5)
    addedCount = try row.decode(atIndex: 6)
    unchangedCount = try row.decode(atIndex: 7)
    importedAt = try row.decode(atIndex: 8)
  }

  /// A row to insert, with its id chosen before its records were written.
  init(
    id: Int64, providerID: Int64, digest: String, format: String, isVerified: Bool, addedCount: Int64,
    unchangedCount: Int64, importedAt: Int64
  ) {
    self.id = id
    self.providerID = providerID
    self.digest = digest
    self.format = format
    self.isVerified = isVerified
    recordCount = addedCount + unchangedCount
    self.addedCount = addedCount
    self.unchangedCount = unchangedCount
    self.importedAt = importedAt
  }

  /// The statement that inserts a row; ``bind(_:)`` supplies its values.
  static let insertSQL = """
    INSERT INTO imported_batches (id, provider_id, digest, format, verified, record_count, added_count, unchanged_count,
      imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  /// Binds the row's values to ``insertSQL``.
  func bind(_ binder: inout InsertBinder) {
    binder.bind(id)
    binder.bind(providerID)
    binder.bind(digest)
    binder.bind(format)
    binder.bind(isVerified ? 1 as Int64 : 0)
    binder.bind(recordCount)
    binder.bind(addedCount)
    binder.bind(unchangedCount)
    binder.bind(importedAt)
  }

  /// The stream of the batch's events (its records, its head and itself).
  static func stream(_ id: Int64) -> String { "batch/\(id)" }

  /// The idempotency key of its event.
  var eventKey: String { "batch/\(id)/imported" }

  /// The chain's canonical JSON for the row.
  var canonical: CanonicalJSON {
    var json = CanonicalJSON()
    json.field("added", addedCount)
    json.field("digest", digest)
    json.field("format", format)
    json.field("id", id)
    json.field("importedAt", importedAt)
    json.field("provider", providerID)
    json.field("records", recordCount)
    json.field("unchanged", unchangedCount)
    json.field("verified", isVerified)
    return json
  }
}
