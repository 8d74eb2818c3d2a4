import GRDB
import VigilBase

extension Ledger {
  /// Imports a batch's completion records in one transaction, with a `records.imported/1` event for
  /// each run of up to 1,000 new records (``ImportedRecordRange``), a `head.seen/1` event for a head the board had not seen, and a `batch.imported/1`
  /// event with the counts, written last. `body` adds the records (already parsed and validated), one at
  /// a time, so a batch of millions takes the memory of one record.
  ///
  /// The batch is refused, and nothing of it is stored, when
  /// - the provider is not trusted (unknown, or removed), or the head does not extend the last head the
  ///   board saw from it: its proof must start at that head and lead to exactly the batch's head (a head
  ///   already seen needs no proof; a first head needs none either) — then `body` is not called;
  /// - a record's identity (provider, certificate, board, license, approver, approval number, kind) is
  ///   held by a current record with another hash that it does not supersede (`replaces`);
  /// - a record's `replaces` names no record of the provider imported before it (earlier in this batch
  ///   or in an earlier one);
  /// - a record is malformed (the ledger checks what it stores), or `body` refused one itself
  ///   (``BatchRecordSink/refuse(at:_:)``).
  /// A record whose hash the provider's records already hold is unchanged. When every record is
  /// unchanged and the head (if any) was seen, nothing is written and the result is
  /// ``BatchImportResult/unchanged(records:)``.
  ///
  /// - Throws: An error `body` throws, unchanged (nothing is stored), or a ``LedgerError`` when the
  ///   ledger cannot be read or written or the batch's digest or format is malformed.
  public func importBatch(
    _ batch: IncomingBatch, records body: (inout BatchRecordSink) throws -> Void
  ) throws -> BatchImportResult {
    guard ChainHash.raw(batch.digest) != nil else {
      throw LedgerError.invalid("the batch digest \(Echo.quoted(batch.digest)) is not 64 lowercase hex digits")
    }
    guard LicenseKey.isHyphenatedID(batch.format) else {
      throw LedgerError.invalid("the batch format \(Echo.quoted(batch.format)) is not a format name such as xml or csv")
    }
    let recordedAt = clock()
    let path = path
    do {
      return try writeCarrying(bulk: true) { db in
        guard let provider = try Self.providerRow(db, name: batch.provider), provider.removedAt == nil else {
          let removed = try Self.providerRow(db, name: batch.provider) != nil
          return .refusedWhole(
            removed
              ? "the provider \(batch.provider) was removed from the trusted providers; its batches are refused"
              : "no provider named \(Echo.quoted(batch.provider)) is trusted; trust it with `vigil board trust add`")
        }
        let head = try HeadDecision(db, providerID: provider.id, name: provider.name, head: batch.head)
        if case .refused(let reason) = head { return .refusedWhole(reason) }
        let batchID = (try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) + 1 FROM imported_batches")) ?? 1
        var sink = try BatchRecordSink(
          writer: try RecordWriter(db, recordedAt: recordedAt), providerID: provider.id, batchID: batchID, isVerified: batch.isVerified, path: path)
        try body(&sink)
        if sink.refusalCount > 0 { throw DiscardedBatch(result: .refused(sink.refusals, total: sink.refusalCount)) }
        try sink.closeRange()
        var writer = sink.writer
        guard sink.added > 0 || head.isNew else { throw DiscardedBatch(result: .unchanged(records: sink.unchanged)) }
        if case .new(let newHead) = head {
          var row = ProviderHeadRow(providerID: provider.id, head: newHead, batchID: batchID)
          row.id = try InsertStatement(db, sql: ProviderHeadRow.insertSQL).insert(db, row.bind)
          try writer.append(
            .headSeen, stream: ImportedBatchRow.stream(batchID), key: row.eventKey, data: row.canonical)
        }
        let row = ImportedBatchRow(
          id: batchID, providerID: provider.id, digest: batch.digest, format: batch.format,
          isVerified: batch.isVerified, addedCount: Int64(sink.added), unchangedCount: Int64(sink.unchanged),
          importedAt: recordedAt)
        try InsertStatement(db, sql: ImportedBatchRow.insertSQL).insert(db, row.bind)
        try writer.append(.batchImported, stream: ImportedBatchRow.stream(batchID), key: row.eventKey, data: row.canonical)
        return .imported(batchID: batchID, added: sink.added, unchanged: sink.unchanged)
      }
    } catch let discarded as DiscardedBatch {
      return discarded.result
    }
  }

  /// Imports a batch whose records are at hand, each numbered by its position (from 1) in refusals.
  ///
  /// - Throws: ``LedgerError`` as ``importBatch(_:records:)-(_,(inout BatchRecordSink)->Void)`` does.
  public func importBatch(_ batch: IncomingBatch, records: [BoardRecord]) throws(LedgerError) -> BatchImportResult {
    do {
      return try importBatch(batch) { sink in
        for (index, record) in records.enumerated() { try sink.add(record, at: index + 1) }
      }
    } catch let error as LedgerError {
      throw error
    } catch {
      throw LedgerError(.storage, "the batch import failed: \(error)")
    }
  }

  /// The last (highest) head the board saw from a provider, or nil when it saw none.
  public func lastHead(ofProvider name: String) throws(LedgerError) -> ChainHead? {
    try read { db in
      guard let provider = try Self.providerRow(db, name: name) else { throw LedgerError.noProvider(name) }
      return try Self.lastHead(db, providerID: provider.id)
    }
  }

  /// Every record imported for a license (current, superseded and revocations alike), oldest first.
  public func boardRecords(for key: LicenseKey) throws(LedgerError) -> [StoredBoardRecord] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT \(BoardRecordRow.columns(as: "r")), p.name FROM board_records r
          JOIN trusted_providers p ON p.id = r.provider_id
          WHERE r.board = ? AND r.license_type = ? AND r.license_number = ? ORDER BY r.id
          """, arguments: [key.board, key.type, key.number]
      ).map { try BoardRecordRow.stored($0) }
    }
  }

  static func lastHead(_ db: Database, providerID: Int64) throws -> ChainHead? {
    try Row.fetchOne(
      db, sql: "SELECT \(ProviderHeadRow.columns) FROM provider_heads WHERE provider_id = ? ORDER BY sequence DESC LIMIT 1",
      arguments: [providerID]
    ).map { try ProviderHeadRow(row: $0).head }
  }
}

/// Thrown inside the transaction to roll it back and return a result.
private struct DiscardedBatch: Error {
  var result: BatchImportResult
}

extension BatchImportResult {
  /// The whole batch refused for one reason.
  fileprivate static func refusedWhole(_ reason: String) -> BatchImportResult {
    .refused([BatchRefusal(place: nil, reason: reason)], total: 1)
  }
}

extension BoardRecordRow {
  /// A stored record from a row selected as `r.<columns>, p.name`.
  static func stored(_ row: Row) throws -> StoredBoardRecord {
    let stored = try BoardRecordRow(row: row)
    return StoredBoardRecord(
      id: stored.id, record: try stored.record(), provider: try row.decode(atIndex: 24), batchID: stored.batchID,
      isVerified: stored.isVerified)
  }
}

/// Whether a batch's head may be taken, and whether it is new.
private enum HeadDecision {
  /// The batch carries no head.
  case none
  /// The board saw exactly this head before.
  case seen
  /// A head the board had not seen, which extends the last one it saw (or is the first).
  case new(ChainHead)
  /// The head does not extend what the board saw.
  case refused(String)

  var isNew: Bool {
    if case .new = self { return true }
    return false
  }

  init(_ db: Database, providerID: Int64, name: String, head batchHead: BatchHead?) throws {
    guard let batchHead else {
      self = .none
      return
    }
    let head = batchHead.head
    if let seenLink = try String.fetchOne(
      db, sql: "SELECT link FROM provider_heads WHERE provider_id = ? AND sequence = ?",
      arguments: [providerID, head.sequence])
    {
      self =
        seenLink == head.link
        ? .seen
        : .refused(
          "the batch's head \(head) is not the head \(head.sequence):\(seenLink) this board saw from \(name) at "
            + "that event: the provider's history was rewritten")
      return
    }
    guard let latest = try Ledger.lastHead(db, providerID: providerID) else {
      if let reached = batchHead.proof?.reached, reached != head {
        self = .refused("the batch's head proof leads to \(reached), not to its head \(head)")
      } else {
        self = .new(head)
      }
      return
    }
    guard head.sequence > latest.sequence else {
      self = .refused(
        "the batch's head \(head) is older than the head \(latest) this board already saw from \(name); "
          + "ask the provider for a new export")
      return
    }
    guard let proof = batchHead.proof else {
      self = .refused(
        "the batch carries no proof that its head \(head) extends the head \(latest) this board saw from \(name)")
      return
    }
    guard proof.from == latest else {
      self = .refused(
        "the batch's head proof starts at \(proof.from.map(\.description) ?? "the start of the chain"), not at "
          + "\(latest), the last head this board saw from \(name): import the provider's batches in the order they "
          + "were exported, or ask for a batch whose proof starts at \(latest)")
      return
    }
    guard proof.reached == head else {
      self = .refused(
        "the event hashes after \(latest) lead to \(proof.reached.map(\.description) ?? "nothing"), not to the "
          + "batch's head \(head): the provider's history was rewritten")
      return
    }
    self = .new(head)
  }
}
