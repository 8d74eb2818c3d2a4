import GRDB
import VigilBase

/// Appends events to the chain inside a write transaction, keeping the chain's head in memory.
///
/// Create it inside the transaction (``init(_:recordedAt:)`` reads the head there, so a concurrent
/// process cannot append between the read and the write: writes are `BEGIN IMMEDIATE`).
struct EventAppender {
  /// The last event's sequence number, 0 when the chain is empty.
  private(set) var headSeq: Int64
  /// The last event's link, ``ChainHash/genesis`` when the chain is empty.
  private(set) var headLink: String
  /// The same link as 32 bytes, which the next link hashes.
  private var headLinkBytes: [UInt8]
  /// The UTC instant every event this appender writes is recorded at (seconds since the Unix epoch).
  let recordedAt: Int64
  private let insert: InsertStatement

  /// Reads the chain's head.
  init(_ db: Database, recordedAt: Int64) throws {
    self.recordedAt = recordedAt
    insert = try InsertStatement(
      db, sql: "INSERT INTO events (seq, stream, kind, key, at, body, event_hash, link) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, link FROM events ORDER BY seq DESC LIMIT 1")) {
      headSeq = try row.decode(atIndex: 0)
      headLink = try row.decode(atIndex: 1)
    } else {
      headSeq = 0
      headLink = ChainHash.genesis
    }
    guard let bytes = ChainHash.raw(headLink) else {
      throw LedgerError.damaged("the chain's last link \(Echo.quoted(headLink)) is not a hash")
    }
    headLinkBytes = bytes
  }

  /// Whether an event with this idempotency key is already in the chain.
  static func contains(_ db: Database, key: String) throws -> Bool {
    try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM events WHERE key = ?)"), arguments: [key]) ?? false
  }

  /// Appends an event and returns its sequence number.
  @discardableResult
  mutating func append(_ db: Database, _ kind: EventKind, stream: String, key: String, data: CanonicalJSON) throws
    -> Int64
  {
    try append(db, kind, stream: stream, key: key, dataBytes: data.count) { $0.append(membersOf: data) }
  }

  /// Appends an event whose data's members `data` writes in place (about `dataBytes` bytes), and
  /// returns its sequence number.
  @discardableResult
  mutating func append(
    _ db: Database, _ kind: EventKind, stream: String, key: String, dataBytes: Int, data: (inout CanonicalJSON) -> Void
  ) throws -> Int64 {
    let seq = headSeq + 1
    let body = try EventBody.encode(
      seq: seq, stream: stream, kind: kind.rawValue, key: key, at: recordedAt, dataBytes: dataBytes, data: data)
    let eventDigest = ChainHash.digest(body)
    let linkDigest = ChainHash.digest(link: headLinkBytes, eventDigest)
    var eventHash = ChainHash.hex(eventDigest)
    var link = ChainHash.hex(linkDigest)
    var stream = stream
    var key = key
    do {
      // The text is bound where it lies (the insert runs inside these closures): a bulk import chains
      // millions of events, and SQLite would copy each value.
      _ = try stream.withUTF8 { stream in
        try key.withUTF8 { key in
          try eventHash.withUTF8 { eventHash in
            try link.withUTF8 { link in
              try body.withUnsafeBufferPointer { body in
                try insert.insert(db) { values in
                  values.bind(seq)
                  values.bind(inPlace: stream)
                  values.bind(kind.rawValue)
                  values.bind(inPlace: key)
                  values.bind(recordedAt)
                  values.bind(inPlace: body)
                  values.bind(inPlace: eventHash)
                  values.bind(inPlace: link)
                }
              }
            }
          }
        }
      }
    } catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE {
      throw LedgerError(.duplicate, "the event \(Echo.quoted(key)) is already in the ledger")
    }
    headSeq = seq
    headLink = link
    headLinkBytes = linkDigest
    return seq
  }
}
