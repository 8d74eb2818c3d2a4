import Crypto
import GRDB

/// Walks the event chain, then checks every chained row against the latest event for it.
///
/// Events: ids run 1, 2, 3… without gaps; each event's content hashes to its `content_hash`, its
/// `previous_hash` is the hash of the event before, and its `hash` covers all its fields. Rows: each
/// learner, license and completion (with its credits) gives the same canonical content as the latest
/// event for it; a row without an event was added behind the ledger's back, and an event whose row
/// is gone means the row was deleted.
struct ChainVerifier {
  /// A chained row.
  private struct RecordReference: Hashable {
    var table: ChainedTable
    var id: Int64
  }

  /// The latest event for a row.
  private struct LatestEvent {
    var id: Int64
    var contentDigest: SHA256.Digest
  }

  let db: Database
  private var latest: [RecordReference: LatestEvent] = [:]
  private var eventCount = 0
  private var recordCount = 0
  private var headHash: String?

  init(_ db: Database) {
    self.db = db
  }

  /// Runs every check and reports the first problem.
  mutating func run() throws -> ChainReport {
    let problem = try checkEvents() ?? checkLearners() ?? checkLicenses() ?? checkCompletions() ?? missingRow()
    return ChainReport(eventCount: eventCount, recordCount: recordCount, headHash: headHash, problem: problem)
  }

  private mutating func checkEvents() throws -> ChainProblem? {
    var previousID: Int64 = 0
    var previousHash = ChainHash.genesis
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT id, kind, record_table, record_id, recorded_at, content, content_hash, previous_hash, hash
        FROM events ORDER BY id
        """)
    while let row = try rows.next() {
      let id: Int64 = try row.decode(atIndex: 0)
      let kind: String = try row.decode(atIndex: 1)
      let tableName: String = try row.decode(atIndex: 2)
      let recordID: Int64 = try row.decode(atIndex: 3)
      let content: String = try row.decode(atIndex: 5)
      let contentHash: String = try row.decode(atIndex: 6)
      let hash: String = try row.decode(atIndex: 8)
      func problem(_ reason: String) -> ChainProblem {
        ChainProblem(table: "events", rowID: id, eventID: id, reason: reason)
      }
      eventCount += 1
      guard id == previousID + 1 else {
        return problem("the event before it is missing (ids jump from \(previousID) to \(id)): events were deleted")
      }
      let digest = ChainHash.digest(content)
      guard ChainHash.hex(digest) == contentHash else {
        return problem("its content does not match its content hash: the event was edited")
      }
      guard try row.decode(String.self, atIndex: 7) == previousHash else {
        return problem("it does not link to event \(previousID): an event was removed, inserted or edited")
      }
      let link = ChainHash.link(
        previous: previousHash, id: id, kind: kind, table: tableName, recordID: recordID,
        recordedAt: try row.decode(atIndex: 4), contentHash: contentHash)
      guard link == hash else { return problem("its hash does not match its fields: the event was edited") }
      guard let table = ChainedTable(rawValue: tableName), table != .credits, table.eventKind == kind else {
        return problem("it records '\(kind)' for table '\(tableName)', which Vigil never writes")
      }
      latest[RecordReference(table: table, id: recordID)] = LatestEvent(id: id, contentDigest: digest)
      previousID = id
      previousHash = hash
      headHash = hash
    }
    return nil
  }

  private mutating func checkLearners() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(LearnerRow.columns) FROM learners ORDER BY id")
    while let row = try rows.next() {
      let learner = try LearnerRow(row: row)
      if let problem = check(.learners, learner.id, content: learner.canonical) { return problem }
    }
    return nil
  }

  private mutating func checkLicenses() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(LicenseRow.columns) FROM licenses ORDER BY id")
    while let row = try rows.next() {
      let license = try LicenseRow(row: row)
      if let problem = check(.licenses, license.id, content: license.canonical) { return problem }
    }
    return nil
  }

  private mutating func checkCompletions() throws -> ChainProblem? {
    let completions = try Row.fetchCursor(db, sql: "SELECT \(CompletionRow.columns) FROM completions ORDER BY id")
    let credits = try Row.fetchCursor(db, sql: "SELECT \(CreditRow.columns) FROM credits ORDER BY completion_id, id")
    var nextCredit = try credits.next().map(CreditRow.init(row:))
    while let row = try completions.next() {
      let completion = try CompletionRow(row: row)
      var group: [CreditRow] = []
      while let credit = nextCredit, credit.completionID <= completion.id {
        guard credit.completionID == completion.id else { return orphan(credit) }
        group.append(credit)
        recordCount += 1
        nextCredit = try credits.next().map(CreditRow.init(row:))
      }
      let content = completion.canonical(credits: group.map(\.canonical))
      if let problem = check(.completions, completion.id, content: content) {
        return try blame(problem, completion: completion, credits: group)
      }
    }
    return nextCredit.map(orphan)
  }

  /// Compares a row's content with its latest event and marks the event as seen.
  private mutating func check(_ table: ChainedTable, _ id: Int64, content: consuming CanonicalJSON) -> ChainProblem? {
    recordCount += 1
    guard let event = latest.removeValue(forKey: RecordReference(table: table, id: id)) else {
      return ChainProblem(
        table: table.rawValue, rowID: id, eventID: nil,
        reason: "it has no event in the chain: it was added behind the ledger's back")
    }
    guard ChainHash.digest(content.finishedBytes()) == event.contentDigest else {
      return ChainProblem(
        table: table.rawValue, rowID: id, eventID: event.id,
        reason: "it does not match event \(event.id): it was changed behind the ledger's back")
    }
    return nil
  }

  /// Names the credit row when a completion's own fields still match its event but a credit does not.
  private func blame(_ problem: ChainProblem, completion: CompletionRow, credits: [CreditRow]) throws -> ChainProblem {
    guard let eventID = problem.eventID,
      let recorded = try String.fetchOne(db, sql: "SELECT content FROM events WHERE id = ?", arguments: [eventID])
    else { return problem }
    let ownFields = completion.canonical(credits: []).finished()
    let recordedFields = recorded.replacing(/"credits":\[.*\],"id"/, with: "\"credits\":[],\"id\"")
    guard ownFields == recordedFields,
      let credit = credits.first(where: { !recorded.contains($0.canonical.finished()) })
    else { return problem }
    return ChainProblem(
      table: ChainedTable.credits.rawValue, rowID: credit.id, eventID: eventID,
      reason:
        "it does not match completion \(completion.id)'s event \(eventID): it was changed behind the ledger's back")
  }

  private func orphan(_ credit: CreditRow) -> ChainProblem {
    ChainProblem(
      table: ChainedTable.credits.rawValue, rowID: credit.id, eventID: nil,
      reason: "it belongs to completion \(credit.completionID), which is not in the ledger: rows were deleted or "
        + "added behind the ledger's back")
  }

  /// The first event whose row is gone.
  private func missingRow() -> ChainProblem? {
    guard let (reference, event) = latest.min(by: { $0.value.id < $1.value.id }) else { return nil }
    return ChainProblem(
      table: reference.table.rawValue, rowID: reference.id, eventID: event.id,
      reason: "the row that event \(event.id) recorded is missing: it was deleted behind the ledger's back")
  }
}
