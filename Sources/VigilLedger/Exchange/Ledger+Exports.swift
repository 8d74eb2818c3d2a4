import GRDB
import VigilBase

extension Ledger {
  /// Streams the reportable credit of one board's licensees, in completion order, in one read that sees
  /// one state of the ledger: `start` first receives that state's ``ExportSource`` (its head, the
  /// provider, the last batch sent to the board), then `proof` the hash of each event after that
  /// batch's head through this one (folded into the earlier head's link they give this head's: a
  /// ``HeadProof``), then `body` each credit. The hashes stream from a cursor, so a proof of millions of
  /// events takes the memory of one.
  ///
  /// Only credit under a certificate is reported, and never sample credit (approvals marked
  /// `example`). A revoked certificate's credit comes with its ``Revocation``; a completion made through
  /// a quiz attempt comes with the attempt's percentage and duration.
  ///
  /// - Parameters:
  ///   - board: The board id, e.g. `tx-bon`.
  ///   - from: The first completion day to include; nil for no bound.
  ///   - through: The last completion day to include; nil for no bound.
  ///   - start: Receives the source before any credit.
  ///   - proof: Receives each event hash of the proof, oldest first, after `start`; nil to skip them
  ///     (no hash is read). None come when no XML batch was sent to the board before.
  ///   - body: Receives each credit; throwing stops the scan and rethrows (as a ``LedgerError`` unless
  ///     it is one).
  /// - Throws: ``LedgerError/Code-swift.struct/conflict`` when the ledger no longer holds the head it
  ///   sent the board last (its history was rewritten since).
  public func forEachExportedCredit(
    board: String, from: CalendarDate? = nil, through: CalendarDate? = nil, start: (ExportSource) throws -> Void,
    proof: ((String) throws -> Void)? = nil, _ body: (ExportedCredit) throws -> Void
  ) throws(LedgerError) {
    try read { db in
      let source = try Self.exportSource(db, board: board)
      try start(source)
      if let proof, let previous = source.previous, let head = source.head {
        let hashes = try String.fetchCursor(
          db, sql: "SELECT event_hash FROM events WHERE seq > ? AND seq <= ? ORDER BY seq",
          arguments: [previous.head.sequence, head.sequence])
        while let hash = try hashes.next() { try proof(hash) }
      }
      let revocations = Dictionary(
        try Self.revocations(db, number: nil).map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
      // Completions with a re-issued certificate (rare), whose editions are read when their credits come.
      let reissued = Set(
        try String.fetchAll(
          db, sql: "SELECT DISTINCT stream FROM events WHERE key >= ? AND key < ?",
          arguments: [Self.reissuePrefix, String(Self.reissuePrefix.dropLast()) + "0"]))
      var editions: (completion: Int64, later: [CertificateEdition])?
      let credits = try Row.fetchCursor(
        db,
        sql: """
          SELECT c.id, (SELECT seq FROM events WHERE key = CASE WHEN c.attempt_id IS NULL
              THEN 'completion/' || c.number ELSE 'completion/attempt/' || c.attempt_id END),
            t.number, json_extract(c.snapshot, '$.learnerName'), l.board, l.type, l.number,
            c.course_id, c.course_version, c.course_title, k.approver, k.approval_number, k.minutes,
            c.completed_on, k.topics, k.id, c.completed_at, c.percent_bp, a.finished_at - a.started_at
          FROM credits k
            JOIN completions c ON c.id = k.completion_id
            LEFT JOIN attempts a ON a.id = c.attempt_id
            JOIN licenses l ON l.id = k.license_id
            JOIN certificates t ON t.completion_id = k.completion_id AND t.license_id = k.license_id
          WHERE k.board = ? AND k.sample = 0 AND c.completed_on >= ? AND c.completed_on <= ?
          ORDER BY c.completed_on, c.id, k.id
          """,
        arguments: [board, from?.description ?? "0000-00-00", through?.description ?? "9999-99-99"])
      while let row = try credits.next() {
        let creditID: Int64 = try row.decode(atIndex: 15)
        let place = "credits row \(creditID)"
        let number: String = try row.decode(atIndex: 2)
        let completionID: Int64 = try row.decode(atIndex: 0)
        if reissued.contains("completion/\(completionID)"), editions?.completion != completionID {
          editions = (completionID, Array(try Self.editions(db, completionID: completionID).dropFirst()))
        }
        var credit = ExportedCredit(
            completionID: completionID, completionSequence: try row.decode(atIndex: 1),
            certificateNumber: number, learnerName: try row.decode(atIndex: 3),
            license: try LicenseKey(board: row.decode(atIndex: 4), type: row.decode(atIndex: 5), number: row.decode(atIndex: 6)),
            courseID: try row.decode(atIndex: 7), courseVersion: try row.decode(atIndex: 8),
            courseTitle: try row.decode(atIndex: 9), approver: try row.decode(atIndex: 10),
            approvalNumber: try row.decode(atIndex: 11), minutes: try row.decode(atIndex: 12),
            completedOn: try Self.date(row.decode(atIndex: 13), in: place),
            topics: try JSONStrings.decode(row.decode(atIndex: 14), in: place).sorted(),
            revocation: revocations[number], completedAt: try row.decode(atIndex: 16),
            percentBasisPoints: try row.decode(atIndex: 17), attemptSeconds: try row.decode(atIndex: 18))
        if editions?.completion == completionID { credit.laterEditions = editions?.later ?? [] }
        try body(credit)
      }
    }
  }

  /// The export source of a board inside a read.
  private static func exportSource(_ db: Database, board: String) throws -> ExportSource {
    let head = try Row.fetchOne(db, sql: "SELECT seq, link FROM events ORDER BY seq DESC LIMIT 1").map {
      ChainHead(sequence: try $0.decode(atIndex: 0), link: try $0.decode(atIndex: 1))
    }
    let provider = try Row.fetchOne(
      db,
      sql: """
        SELECT json_extract(snapshot, '$.providerName'), json_extract(snapshot, '$.providerWeb')
        FROM completions ORDER BY id DESC LIMIT 1
        """)
    let receipts = try exports(db, board: board)
    let previous = receipts.last { $0.format == "xml" }
    if let previous, let head {
      let held = try String.fetchOne(db, sql: "SELECT link FROM events WHERE seq = ?", arguments: [previous.head.sequence])
      guard held == previous.head.link, previous.head.sequence <= head.sequence else {
        throw LedgerError(
          .conflict,
          "this ledger no longer holds the head \(previous.head) it sent board \(board) on \(previous.exportedAt): "
            + "its history was rewritten since; restore the ledger from a backup")
      }
    }
    return ExportSource(
      head: head, ledgerID: try String.fetchOne(db, sql: "SELECT id FROM ledger"),
      providerName: try provider?.decode(atIndex: 0), providerWeb: try provider?.decode(atIndex: 1),
      previous: previous, exports: receipts)
  }

  /// Records that a batch was exported, with a `batch.exported/1` event on the board's stream (key
  /// `export/<digest>`). Exporting the same bytes again records nothing more.
  ///
  /// - Returns: Whether the event was new.
  @discardableResult
  public func recordExport(_ receipt: ExportReceipt) throws(LedgerError) -> Bool {
    let recordedAt = clock()
    return try write { db in
      let key = Self.exportPrefix + receipt.digest
      guard try !EventAppender.contains(db, key: key) else { return false }
      var data = CanonicalJSON()
      data.field("board", receipt.board)
      data.field("digest", receipt.digest)
      data.field("exportedAt", receipt.exportedAt)
      data.field("format", receipt.format)
      data.field("from", receipt.from?.description)
      data.field("head", receipt.head.description)
      data.field("records", receipt.records)
      data.field("through", receipt.through?.description)
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      try writer.append(.batchExported, stream: "board/\(receipt.board)", key: key, data: data)
      return true
    }
  }

  /// The batches exported for a board, oldest first.
  public func exports(board: String) throws(LedgerError) -> [ExportReceipt] {
    try read { db in try Self.exports(db, board: board) }
  }

  /// The batches exported for a board inside a read, oldest first.
  private static func exports(_ db: Database, board: String) throws -> [ExportReceipt] {
    // The key's index finds the exports; the stream picks the board's.
    try String.fetchAll(
      db, sql: "SELECT body FROM events WHERE key >= ? AND key < ? AND stream = ? ORDER BY seq",
      arguments: [exportPrefix, String(exportPrefix.dropLast()) + "0", "board/\(board)"]
    ).map(ExportReceipt.init(eventBody:))
  }

  static let exportPrefix = "export/"
}
