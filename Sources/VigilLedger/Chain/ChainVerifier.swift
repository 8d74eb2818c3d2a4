import GRDB
import VigilBase
import VigilSigning

/// Replays the event chain, then checks every row of the read model against the latest event that
/// wrote it, and the database's schema against the one Vigil makes.
///
/// Events: sequence numbers run 1, 2, 3… without gaps; each body hashes to its `event_hash`, each link
/// is `SHA-256(previous link ‖ event hash)`, the columns agree with the body, and a record is created
/// once (a second `learner.added` for the same learner is a forgery). Rows: each row, written into an
/// event body with its latest event's envelope, gives that event's hash; a row without an event was
/// added behind the ledger's back, and an event whose row is gone means a row was deleted. The
/// certificate events that have no table (re-issues, supersessions, revocations) are checked by
/// ``EditionCheck``.
struct ChainVerifier {
  /// The record an event writes.
  private enum Record: Hashable {
    case ledger
    case learner(Int64)
    case license(Int64)
    case attemptStarted(Int64)
    case attemptGraded(Int64)
    case response(String)
    case completion(Int64)
    case credit(String)
    case certificate(String)
    case provider(Int64)
    case roster(Int64)
    case batch(Int64)
    case providerHead(String)
    case boardRecord(String)
    /// Session steps (lesson pages, disclosures, evaluation answers) have no row.
    case none
  }

  /// The envelope of the latest event for a record.
  private struct Envelope {
    var seq: Int64
    var stream: String
    var kind: String
    var key: String
    var at: Int64
    var eventHash: String
  }

  let db: Database
  /// A head the chain must hold and extend, from outside the ledger.
  let since: ChainHead?
  /// The provider's public keys, to check the checkpoints' signatures; nil checks only their heads.
  let keys: JWKSet?
  /// Each event's link, by sequence number, for the checkpoints.
  private var links: [Int64: String] = [:]
  private var latest: [Record: Envelope] = [:]
  private var checkpointSeqs: Set<Int64> = []
  private var eventCount = 0
  private var recordCount = 0
  private var headLink: String?
  /// The certificate events without a table, for ``EditionCheck``.
  private var certificateEvents: [EditionCheck.Event] = []

  init(_ db: Database, since: ChainHead? = nil, keys: JWKSet? = nil) {
    self.db = db
    self.since = since
    self.keys = keys
  }

  /// Runs every check and reports the first problem.
  mutating func run() throws -> ChainReport {
    let checks: [(inout ChainVerifier) throws -> ChainProblem?] = [
      { try SchemaCheck.firstDifference($0.db) }, { try $0.checkEvents() }, { try $0.checkLedgerRow() },
      { try $0.checkLearners() }, { try $0.checkLicenses() }, { try $0.checkAttempts() }, { try $0.checkResponses() },
      { try $0.checkCompletions() }, { try $0.checkCredits() }, { try $0.checkCertificates() },
      { try $0.checkBoardTables() },
      { var check = EditionCheck($0.db); return try check.firstProblem(in: $0.certificateEvents) }, { $0.missingRow() },
      { try $0.checkCheckpoints() },
    ]
    var problem: ChainProblem?
    for check in checks where problem == nil { problem = try check(&self) }
    return ChainReport(eventCount: eventCount, recordCount: recordCount, headHash: headLink, problem: problem)
  }

  // MARK: - Events

  private mutating func checkEvents() throws -> ChainProblem? {
    checkpointSeqs = Set(try Int64.fetchAll(db, sql: "SELECT seq FROM checkpoints"))
    var previousSeq: Int64 = 0
    var previousLink = ChainHash.genesis
    let rows = try Row.fetchCursor(
      db, sql: "SELECT seq, stream, kind, key, at, body, event_hash, link FROM events ORDER BY seq")
    while let row = try rows.next() {
      let seq: Int64 = try row.decode(atIndex: 0)
      let envelope = Envelope(
        seq: seq, stream: try row.decode(atIndex: 1), kind: try row.decode(atIndex: 2), key: try row.decode(atIndex: 3),
        at: try row.decode(atIndex: 4), eventHash: try row.decode(atIndex: 6))
      let body: String = try row.decode(atIndex: 5)
      let link: String = try row.decode(atIndex: 7)
      func problem(_ reason: String) -> ChainProblem {
        ChainProblem(table: "events", rowID: seq, eventID: seq, reason: reason)
      }
      eventCount += 1
      guard seq == previousSeq + 1 else {
        return problem("the event before it is missing (sequence numbers jump from \(previousSeq) to \(seq)): events were deleted")
      }
      guard ChainHash.hash(Array(body.utf8)) == envelope.eventHash else {
        return problem("its body does not match its hash: the event was edited")
      }
      guard ChainHash.link(previous: previousLink, eventHash: envelope.eventHash) == link else {
        return problem("it does not link to event \(previousSeq): an event was removed, inserted or edited")
      }
      guard Self.bodyAgrees(body, with: envelope) else {
        return problem("its columns do not agree with its body: the event was edited")
      }
      guard let kind = EventKind(rawValue: envelope.kind) else {
        return problem("it is of kind \(Echo.quoted(envelope.kind)), which Vigil never writes")
      }
      guard let record = Self.record(kind, stream: envelope.stream, key: envelope.key) else {
        return problem("its stream \(Echo.quoted(envelope.stream)) does not fit its kind \(kind.rawValue)")
      }
      if kind == .learnerAccommodated, Ledger.extraTimePercent(fromBody: body, stream: envelope.stream) == nil {
        return problem("it gives extra time outside 0 to 400 percent, or to another learner than its stream's")
      }
      if [.certificateReissued, .certificateSuperseded, .certificateRevoked].contains(kind) {
        certificateEvents.append(
          EditionCheck.Event(
            seq: seq, kind: kind, stream: envelope.stream, key: envelope.key, at: envelope.at,
            eventHash: envelope.eventHash, body: body))
      }
      if record != .none {
        let seen = latest[record] != nil
        if kind.createsRecord && seen {
          return problem("it records \(kind.rawValue) for \(envelope.stream) a second time: a record is added once, so this is a forgery")
        }
        if !kind.createsRecord && !seen && kind != .attemptGraded {
          return problem("it changes \(envelope.stream), which no earlier event added")
        }
        if kind == .attemptGraded, case .attemptGraded(let id) = record {
          guard latest[.attemptStarted(id)] != nil else { return problem("it grades attempt \(id), which was never started") }
          guard !seen else { return problem("it grades attempt \(id) a second time: an attempt is graded once") }
        }
        latest[record] = envelope
      }
      if let since, since.sequence == seq, since.link != link {
        return problem(
          "its link is not the one of the head \(since) given: the ledger's history was rewritten since that head")
      }
      previousSeq = seq
      previousLink = link
      headLink = link
      if checkpointSeqs.contains(seq) { links[seq] = link }
    }
    if let since, since.sequence > previousSeq {
      return ChainProblem(
        table: "events", rowID: nil, eventID: nil,
        reason: "the chain ends at event \(previousSeq), before the head \(since) given: events were cut off")
    }
    return nil
  }

  /// Whether the body's envelope members are the columns: the body is canonical, so it must start
  /// with `{"at":AT,"data":` and end with `,"key":KEY,"kind":KIND,"seq":SEQ,"stream":STREAM}`.
  private static func bodyAgrees(_ body: String, with envelope: Envelope) -> Bool {
    var prefix = Array(#"{"at":"#.utf8)
    CanonicalJSON.appendInteger(envelope.at, to: &prefix)
    prefix += Array(#","data":"#.utf8)
    var suffix = Array(#","key":"#.utf8)
    CanonicalJSON.appendString(envelope.key, to: &suffix)
    suffix += Array(#","kind":"#.utf8)
    CanonicalJSON.appendString(envelope.kind, to: &suffix)
    suffix += Array(#","seq":"#.utf8)
    CanonicalJSON.appendInteger(envelope.seq, to: &suffix)
    suffix += Array(#","stream":"#.utf8)
    CanonicalJSON.appendString(envelope.stream, to: &suffix)
    suffix.append(UInt8(ascii: "}"))
    let bytes = Array(body.utf8)
    return bytes.count > prefix.count + suffix.count && bytes.starts(with: prefix) && bytes.reversed().starts(with: suffix.reversed())
  }

  /// The record an event of `kind` on `stream` writes; nil when the stream does not fit the kind.
  private static func record(_ kind: EventKind, stream: String, key: String) -> Record? {
    func id(_ prefix: String) -> Int64? {
      guard stream.hasPrefix(prefix + "/") else { return nil }
      return Int64(stream.dropFirst(prefix.count + 1))
    }
    switch kind {
    case .ledgerCreated: return stream == "ledger" ? .ledger : nil
    case .learnerAdded, .learnerChanged: return id("learner").map(Record.learner)
    case .licenseAdded, .licenseChanged: return id("license").map(Record.license)
    case .attemptStarted: return id("attempt").map(Record.attemptStarted)
    case .attemptGraded: return id("attempt").map(Record.attemptGraded)
    case .responseSaved: return id("attempt") != nil ? .response(key) : nil
    case .lessonViewed, .disclosuresAcknowledged, .evaluationAnswered, .sessionBookmarked, .learnerAccommodated:
      return id("learner") != nil ? Record.none : nil
    case .completionRecorded: return id("completion").map(Record.completion)
    case .creditAwarded: return id("completion") != nil ? .credit(key) : nil
    case .certificateIssued: return id("completion") != nil ? .certificate(key) : nil
    case .certificateRevoked:
      return id("completion") != nil && key.hasPrefix(Ledger.revocationPrefix) ? Record.none : nil
    case .certificateReissued: return id("completion") != nil && key.hasPrefix(Ledger.reissuePrefix) ? Record.none : nil
    case .certificateSuperseded:
      return id("completion") != nil && key.hasPrefix(Ledger.supersessionPrefix) ? Record.none : nil
    case .batchExported: return stream.hasPrefix("board/") && key.hasPrefix("export/") ? Record.none : nil
    case .providerTrusted, .providerRemoved: return id("provider").map(Record.provider)
    case .rosterLicensed, .rosterUpdated: return id("roster").map(Record.roster)
    case .batchImported: return id("batch").map(Record.batch)
    case .headSeen: return id("batch") != nil && key.hasPrefix("provider-head/") ? .providerHead(key) : nil
    case .recordImported: return id("batch") != nil && key.hasPrefix("board-record/") ? .boardRecord(key) : nil
    }
  }

  // MARK: - Rows

  private mutating func checkLedgerRow() throws -> ChainProblem? {
    let rows = try Row.fetchAll(db, sql: "SELECT rowid, id, created_at FROM ledger")
    for row in rows {
      var data = CanonicalJSON()
      data.field("createdAt", try row.decode(Int64.self, atIndex: 2))
      data.field("id", try row.decode(String.self, atIndex: 1))
      if let problem = try check("ledger", try row.decode(atIndex: 0), .ledger, data) { return problem }
    }
    return nil
  }

  private mutating func checkLearners() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(LearnerRow.columns) FROM learners ORDER BY id")
    while let row = try rows.next() {
      let learner = try LearnerRow(row: row)
      if let problem = try check("learners", learner.id, .learner(learner.id), learner.canonical) { return problem }
    }
    return nil
  }

  private mutating func checkLicenses() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(LicenseRow.columns) FROM licenses ORDER BY id")
    while let row = try rows.next() {
      let license = try LicenseRow(row: row)
      if let problem = try check("licenses", license.id, .license(license.id), license.canonical) { return problem }
    }
    return nil
  }

  private mutating func checkAttempts() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(AttemptRow.columns) FROM attempts ORDER BY id")
    while let row = try rows.next() {
      let attempt = try AttemptRow(row: row)
      if let problem = try check("attempts", attempt.id, .attemptStarted(attempt.id), attempt.startedCanonical) {
        return problem
      }
      if let graded = attempt.gradedCanonical {
        recordCount -= 1  // one row, two events
        if let problem = try check("attempts", attempt.id, .attemptGraded(attempt.id), graded) { return problem }
      }
    }
    return nil
  }

  private mutating func checkResponses() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(ResponseRow.columns) FROM responses ORDER BY id")
    while let row = try rows.next() {
      let response = try ResponseRow(row: row)
      if let problem = try check("responses", response.id, .response(response.eventKey), response.canonical) {
        return problem
      }
    }
    return nil
  }

  private mutating func checkCompletions() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(CompletionRow.columns) FROM completions ORDER BY id")
    while let row = try rows.next() {
      let completion = try CompletionRow(row: row)
      if let problem = try check("completions", completion.id, .completion(completion.id), completion.canonical) {
        return problem
      }
    }
    return nil
  }

  private mutating func checkCredits() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(CreditRow.columns) FROM credits ORDER BY id")
    while let row = try rows.next() {
      let credit = try CreditRow(row: row)
      if let problem = try check("credits", credit.id, .credit(credit.eventKey), credit.canonical) { return problem }
    }
    return nil
  }

  /// Certificates: each row against its event and, with the provider's keys, its token's signature.
  private mutating func checkCertificates() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(CertificateRow.columns) FROM certificates ORDER BY id")
    while let row = try rows.next() {
      let certificate = try CertificateRow(row: row)
      let record = Record.certificate(certificate.eventKey)
      if let problem = try check("certificates", certificate.id, record, certificate.canonical) { return problem }
      guard let keys else { continue }
      do {
        _ = try CompactJWS.verify(certificate.token, keys: keys)
      } catch {
        return ChainProblem(
          table: "certificates", rowID: certificate.id, eventID: nil,
          reason: "its token's signature does not verify with the provider's keys: \(error.message)")
      }
    }
    return nil
  }

  /// The board's tables (schema version 3): trusted providers, the roster, imported batches, the
  /// provider heads they carried and the records they brought, each row against its latest event.
  private mutating func checkBoardTables() throws -> ChainProblem? {
    let tables: [(table: String, columns: String, record: (Row) throws -> (Int64, Record, CanonicalJSON))] = [
      ("trusted_providers", TrustedProviderRow.columns, { row in
        let provider = try TrustedProviderRow(row: row)
        return (provider.id, .provider(provider.id), provider.canonical)
      }),
      ("roster_licenses", RosterLicenseRow.columns, { row in
        let license = try RosterLicenseRow(row: row)
        return (license.id, .roster(license.id), license.canonical)
      }),
      ("imported_batches", ImportedBatchRow.columns, { row in
        let batch = try ImportedBatchRow(row: row)
        return (batch.id, .batch(batch.id), batch.canonical)
      }),
      ("provider_heads", ProviderHeadRow.columns, { row in
        let head = try ProviderHeadRow(row: row)
        return (head.id, .providerHead(head.eventKey), head.canonical)
      }),
      ("board_records", BoardRecordRow.columns, { row in
        let record = try BoardRecordRow(row: row)
        return (record.id, .boardRecord(record.eventKey), record.canonical)
      }),
    ]
    for (table, columns, read) in tables {
      let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM \(table) ORDER BY id")
      while let row = try rows.next() {
        let (id, record, data) = try read(row)
        if let problem = try check(table, id, record, data) { return problem }
      }
    }
    return nil
  }

  /// Compares a row with its latest event (the row's data in that event's envelope must give the
  /// event's hash) and marks the event as seen.
  private mutating func check(_ table: String, _ id: Int64, _ record: Record, _ data: CanonicalJSON) throws
    -> ChainProblem?
  {
    recordCount += 1
    guard let event = latest.removeValue(forKey: record) else {
      return ChainProblem(
        table: table, rowID: id, eventID: nil, reason: "it has no event in the chain: it was added behind the ledger's back")
    }
    let body = try EventBody.encode(
      seq: event.seq, stream: event.stream, kind: event.kind, key: event.key, at: event.at, data: data)
    guard ChainHash.hash(body) == event.eventHash else {
      return ChainProblem(
        table: table, rowID: id, eventID: event.seq,
        reason: "it does not match event \(event.seq): it was changed behind the ledger's back")
    }
    return nil
  }

  /// Each signed checkpoint must name a head the chain still has, and, with the provider's keys, carry
  /// a valid signature over exactly that head.
  private func checkCheckpoints() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT seq, link, token FROM checkpoints ORDER BY seq")
    while let row = try rows.next() {
      let seq: Int64 = try row.decode(atIndex: 0)
      let link: String = try row.decode(atIndex: 1)
      let token: String = try row.decode(atIndex: 2)
      func problem(_ reason: String) -> ChainProblem {
        ChainProblem(table: "checkpoints", rowID: seq, eventID: seq, reason: reason)
      }
      guard let chained = links[seq] else { return problem("it signs event \(seq), which the chain does not hold") }
      guard chained == link else {
        return problem("it signs a link event \(seq) no longer has: the history was rewritten after it was signed")
      }
      guard let keys else { continue }
      do {
        let checkpoint = try Checkpoint(verifying: token, against: keys)
        guard checkpoint.sequence == seq, checkpoint.link == link else {
          return problem("its signed head is \(checkpoint.sequence):\(checkpoint.link), not the row's")
        }
      } catch {
        return problem("its signature does not verify with the provider's keys: \(error.message)")
      }
    }
    return nil
  }

  /// The first event whose row is gone.
  private func missingRow() -> ChainProblem? {
    guard let (record, event) = latest.min(by: { $0.value.seq < $1.value.seq }) else { return nil }
    let (table, rowID): (String, Int64?)
    switch record {
    case .ledger: (table, rowID) = ("ledger", nil)
    case .learner(let id): (table, rowID) = ("learners", id)
    case .license(let id): (table, rowID) = ("licenses", id)
    case .attemptStarted(let id), .attemptGraded(let id): (table, rowID) = ("attempts", id)
    case .response: (table, rowID) = ("responses", nil)
    case .completion(let id): (table, rowID) = ("completions", id)
    case .credit: (table, rowID) = ("credits", nil)
    case .certificate: (table, rowID) = ("certificates", nil)
    case .provider(let id): (table, rowID) = ("trusted_providers", id)
    case .roster(let id): (table, rowID) = ("roster_licenses", id)
    case .batch(let id): (table, rowID) = ("imported_batches", id)
    case .providerHead: (table, rowID) = ("provider_heads", nil)
    case .boardRecord: (table, rowID) = ("board_records", nil)
    case .none: (table, rowID) = ("events", event.seq)
    }
    return ChainProblem(
      table: table, rowID: rowID, eventID: event.seq,
      reason: "the row that event \(event.seq) (\(event.kind), \(event.stream)) wrote is missing or was reverted: "
        + "it was changed behind the ledger's back")
  }
}
