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
  enum Record: Hashable {
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
    /// The `board_records` rows a `records.imported/1` event covers, by id.
    case boardRecords(ClosedRange<Int64>)
    /// Session steps (lesson pages, disclosures, evaluation answers) have no row.
    case none
  }

  /// The envelope of the latest event for a record.
  struct Envelope {
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
  var links: [Int64: String] = [:]
  var latest: [Record: Envelope] = [:]
  var checkpointSeqs: Set<Int64> = []
  var eventCount = 0
  var recordCount = 0
  var headLink: String?
  /// The certificate events without a table, for ``EditionCheck``.
  var certificateEvents: [EditionCheck.Event] = []

  init(_ db: Database, since: ChainHead? = nil, keys: JWKSet? = nil) {
    self.db = db
    self.since = since
    self.keys = keys
  }

  /// Runs every check and reports the first problem.
  mutating func run() throws -> ChainReport {
    let checks: [(inout ChainVerifier) throws -> ChainProblem?] = [
      { try SchemaCheck.firstDifference($0.db) }, { try NulByteCheck.firstProblem($0.db) },
      { try $0.checkEvents() }, { try $0.checkLedgerRow() },
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
        return problem(
          "its stream \(Echo.quoted(envelope.stream)) or key \(Echo.quoted(envelope.key, limit: 60)) does not fit its kind \(kind.rawValue)")
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
    case .providerTrusted, .providerRemoved, .providerKeysAdded: return id("provider").map(Record.provider)
    case .rosterLicensed, .rosterUpdated: return id("roster").map(Record.roster)
    case .batchImported: return id("batch").map(Record.batch)
    case .headSeen: return id("batch") != nil && key.hasPrefix("provider-head/") ? .providerHead(key) : nil
    case .recordImported: return id("batch") != nil && key.hasPrefix("board-record/") ? .boardRecord(key) : nil
    case .recordsImported:
      return id("batch").flatMap { ImportedRecordRange.rows(inKey: key, batchID: $0) }.map(Record.boardRecords)
    }
  }
}
