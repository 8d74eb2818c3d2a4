import GRDB

/// Appends events to the chain inside a write transaction, keeping the chain's head in memory.
///
/// Create it inside the transaction (``init(_:recordedAt:)`` reads the head there, so a concurrent
/// process cannot append between the read and the write: writes are `BEGIN IMMEDIATE`).
struct EventAppender {
  /// The id of the last event, 0 when the chain is empty.
  private(set) var headID: Int64
  /// The hash of the last event, ``ChainHash/genesis`` when the chain is empty.
  private(set) var headHash: String
  /// The time every event this appender writes is recorded at (seconds since the Unix epoch).
  let recordedAt: Int64
  private let insert: InsertStatement

  /// Reads the chain's head.
  init(_ db: Database, recordedAt: Int64) throws {
    self.recordedAt = recordedAt
    insert = try InsertStatement(
      db,
      sql: """
        INSERT INTO events (id, kind, record_table, record_id, recorded_at, content, content_hash, previous_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    if let row = try Row.fetchOne(db, sql: "SELECT id, hash FROM events ORDER BY id DESC LIMIT 1") {
      headID = try row.decode(atIndex: 0)
      headHash = try row.decode(atIndex: 1)
    } else {
      headID = 0
      headHash = ChainHash.genesis
    }
  }

  /// Appends the event for a record written in this transaction and returns the event's id.
  @discardableResult
  mutating func append(_ db: Database, table: ChainedTable, recordID: Int64, content: consuming CanonicalJSON) throws
    -> Int64
  {
    let id = headID + 1
    let kind = table.eventKind
    let bytes = content.finishedBytes()
    let contentHash = ChainHash.hex(ChainHash.digest(bytes))
    let hash = ChainHash.link(
      previous: headHash, id: id, kind: kind, table: table.rawValue, recordID: recordID, recordedAt: recordedAt,
      contentHash: contentHash)
    try insert.insert(db) { values in
      values.bind(id)
      values.bind(kind)
      values.bind(table.rawValue)
      values.bind(recordID)
      values.bind(recordedAt)
      values.bind(utf8: bytes)
      values.bind(contentHash)
      values.bind(headHash)
      values.bind(hash)
    }
    headID = id
    headHash = hash
    return id
  }
}
