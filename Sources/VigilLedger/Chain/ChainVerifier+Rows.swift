import GRDB
import VigilBase
import VigilSigning

/// The row checks of the chain verifier: each table of the read model against the latest event that
/// wrote its rows, the checkpoints, and rows an event wrote that are missing.
extension ChainVerifier {
  mutating func checkLedgerRow() throws -> ChainProblem? {
    let rows = try Row.fetchAll(db, sql: "SELECT rowid, id, created_at FROM ledger")
    for row in rows {
      var data = CanonicalJSON()
      data.field("createdAt", try row.decode(Int64.self, atIndex: 2))
      data.field("id", try row.decode(String.self, atIndex: 1))
      if let problem = try check("ledger", try row.decode(atIndex: 0), .ledger, data) { return problem }
    }
    return nil
  }

  mutating func checkLearners() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(LearnerRow.columns) FROM learners ORDER BY id")
    while let row = try rows.next() {
      let learner = try LearnerRow(row: row)
      if let problem = try check("learners", learner.id, .learner(learner.id), learner.canonical) { return problem }
    }
    return nil
  }

  mutating func checkLicenses() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(LicenseRow.columns) FROM licenses ORDER BY id")
    while let row = try rows.next() {
      let license = try LicenseRow(row: row)
      if let problem = try check("licenses", license.id, .license(license.id), license.canonical) { return problem }
    }
    return nil
  }

  mutating func checkAttempts() throws -> ChainProblem? {
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

  mutating func checkResponses() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(ResponseRow.columns) FROM responses ORDER BY id")
    while let row = try rows.next() {
      let response = try ResponseRow(row: row)
      if let problem = try check("responses", response.id, .response(response.eventKey), response.canonical) {
        return problem
      }
    }
    return nil
  }

  mutating func checkCompletions() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(CompletionRow.columns) FROM completions ORDER BY id")
    while let row = try rows.next() {
      let completion = try CompletionRow(row: row)
      if let problem = try check("completions", completion.id, .completion(completion.id), completion.canonical) {
        return problem
      }
    }
    return nil
  }

  mutating func checkCredits() throws -> ChainProblem? {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(CreditRow.columns) FROM credits ORDER BY id")
    while let row = try rows.next() {
      let credit = try CreditRow(row: row)
      if let problem = try check("credits", credit.id, .credit(credit.eventKey), credit.canonical) { return problem }
    }
    return nil
  }

  /// Certificates: each row against its event and, with the provider's keys, its token's signature.
  mutating func checkCertificates() throws -> ChainProblem? {
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

  /// The board's tables (schema version 3): trusted providers, the roster, imported batches and the
  /// provider heads they carried, each row against its latest event; then the records they brought
  /// (``checkBoardRecords()``).
  mutating func checkBoardTables() throws -> ChainProblem? {
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
    ]
    for (table, columns, read) in tables {
      let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM \(table) ORDER BY id")
      while let row = try rows.next() {
        let (id, record, data) = try read(row)
        if let problem = try check(table, id, record, data) { return problem }
      }
    }
    return try checkBoardRecords()
  }

  /// Compares a row with its latest event (the row's data in that event's envelope must give the
  /// event's hash) and marks the event as seen.
  mutating func check(_ table: String, _ id: Int64, _ record: Record, _ data: CanonicalJSON) throws
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
  func checkCheckpoints() throws -> ChainProblem? {
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
  func missingRow() -> ChainProblem? {
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
    case .boardRecords(let rows): (table, rowID) = ("board_records", rows.lowerBound)
    case .none: (table, rowID) = ("events", event.seq)
    }
    return ChainProblem(
      table: table, rowID: rowID, eventID: event.seq,
      reason: "the row that event \(event.seq) (\(event.kind), \(event.stream)) wrote is missing or was reverted: "
        + "it was changed behind the ledger's back")
  }
}
