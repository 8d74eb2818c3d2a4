import GRDB
import VigilBase

/// The verifier's check of `board_records`: every row, in id order, against the event that covers it.
extension ChainVerifier {
  /// A `records.imported/1` event being matched with its rows.
  private struct OpenRange {
    var rows: ClosedRange<Int64>
    var envelope: Envelope
    var built: ImportedRecordRange
  }

  /// No two rows of a provider may share a hash. Each row's two keys must be the ones its values give,
  /// and the row must be covered by exactly one
  /// event: a `record.imported/1` holding its columns (schema version 3), or a `records.imported/1`
  /// whose range holds its id. For a range, every id from its first to its last must be a row of its
  /// batch, of that batch's provider and verification, whose hash is the hash of its fields; the
  /// event's digest must be the one those ids and hashes give.
  mutating func checkBoardRecords() throws -> ChainProblem? {
    var ranges: [(rows: ClosedRange<Int64>, envelope: Envelope)] = []
    for (record, envelope) in latest {
      if case .boardRecords(let rows) = record { ranges.append((rows, envelope)) }
    }
    for range in ranges { latest.removeValue(forKey: .boardRecords(range.rows)) }
    ranges.sort { $0.rows.lowerBound < $1.rows.lowerBound }
    for (earlier, later) in zip(ranges, ranges.dropFirst()) where later.rows.lowerBound <= earlier.rows.upperBound {
      return ChainProblem(
        table: "events", rowID: later.envelope.seq, eventID: later.envelope.seq,
        reason: "it covers board records \(later.rows) of which event \(earlier.envelope.seq) already covers some: a record is added once, so this is a forgery")
    }
    var batches: [Int64: (provider: Int64, isVerified: Bool)] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT id, provider_id, verified FROM imported_batches") {
      batches[try row.decode(atIndex: 0)] = (try row.decode(atIndex: 1), try row.decode(atIndex: 2))
    }
    var pending = ranges[...]
    var open: OpenRange?
    let rows = try Row.fetchCursor(db, sql: "SELECT \(BoardRecordRow.columns) FROM board_records ORDER BY id")
    while let row = try rows.next() {
      let record = try BoardRecordRow(row: row)
      func problem(_ reason: String, event: Int64? = nil) -> ChainProblem {
        ChainProblem(table: "board_records", rowID: record.id, eventID: event, reason: reason)
      }
      guard record.hasDerivedKeys else {
        return problem("its hash key or identity key is not the one its values give: it was changed behind the ledger's back")
      }
      if latest[.boardRecord(record.eventKey)] != nil {
        if let problem = try check("board_records", record.id, .boardRecord(record.eventKey), record.canonical) {
          return problem
        }
        continue
      }
      if let current = open, record.id > current.rows.upperBound {
        return missingRows(current.rows, of: current.envelope)
      }
      if open == nil, let next = pending.first, next.rows.lowerBound <= record.id {
        pending.removeFirst()
        guard next.rows.lowerBound == record.id else { return missingRows(next.rows, of: next.envelope) }
        open = OpenRange(
          rows: next.rows, envelope: next.envelope, built: ImportedRecordRange(batchID: record.batchID))
      }
      guard var current = open, current.rows.contains(record.id) else {
        return problem("it has no event in the chain: it was added behind the ledger's back")
      }
      let event = current.envelope.seq
      guard current.envelope.stream == ImportedBatchRow.stream(record.batchID),
        let batch = batches[record.batchID], batch.provider == record.providerID, batch.isVerified == record.isVerified
      else {
        return problem(
          "its batch, provider or verification is not that of event \(event), which covers it: it was changed behind the ledger's back",
          event: event)
      }
      guard (try? record.record())?.computedHash == record.hash else {
        return problem(
          "its hash is not the hash of its fields: it was changed behind the ledger's back", event: event)
      }
      recordCount += 1
      current.built.add(id: record.id, hash: record.hash)
      open = current
      guard record.id == current.rows.upperBound else { continue }
      open = nil
      let envelope = current.envelope
      let body = try EventBody.encode(
        seq: envelope.seq, stream: envelope.stream, kind: envelope.kind, key: envelope.key, at: envelope.at,
        data: current.built.canonical)
      guard ChainHash.hash(body) == envelope.eventHash else {
        return ChainProblem(
          table: "board_records", rowID: current.rows.lowerBound, eventID: envelope.seq,
          reason: "rows \(current.rows) do not match event \(envelope.seq): a row was changed, replaced or renumbered behind the ledger's back")
      }
    }
    if let unfinished = open.map({ ($0.rows, $0.envelope) }) ?? pending.first.map({ ($0.rows, $0.envelope) }) {
      return missingRows(unfinished.0, of: unfinished.1)
    }
    return try sharedHash()
  }

  /// A record whose provider holds another with the same hash, which no import stores (a record
  /// already held is left unchanged). Rows with the same hash share its key (the keys are checked
  /// above), so one pass over the hash index finds the keys that repeat, and only their rows are
  /// compared.
  private func sharedHash() throws -> ChainProblem? {
    let sql = """
      SELECT later.id, earlier.id FROM board_records later
      JOIN board_records earlier INDEXED BY board_records_by_hash ON earlier.hash_key = later.hash_key
        AND earlier.provider_id = later.provider_id AND earlier.hash = later.hash AND earlier.id < later.id
      WHERE later.hash_key IN (
        SELECT hash_key FROM board_records INDEXED BY board_records_by_hash GROUP BY hash_key HAVING count(*) > 1)
      ORDER BY later.id
      LIMIT 1
      """
    guard let row = try Row.fetchOne(db, sql: sql) else { return nil }
    let (later, earlier): (Int64, Int64) = (try row.decode(atIndex: 0), try row.decode(atIndex: 1))
    return ChainProblem(
      table: "board_records", rowID: later, eventID: nil,
      reason: "its provider's record \(earlier) has the same hash: a record is stored once, so one was added behind the ledger's back")
  }

  /// Rows an event covers that are gone.
  private func missingRows(_ rows: ClosedRange<Int64>, of event: Envelope) -> ChainProblem {
    ChainProblem(
      table: "board_records", rowID: rows.lowerBound, eventID: event.seq,
      reason: "rows \(rows) that event \(event.seq) (\(event.kind), \(event.stream)) wrote are not all there: "
        + "rows were deleted behind the ledger's back")
  }
}
