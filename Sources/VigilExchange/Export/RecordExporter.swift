import VigilBase
import VigilBoards
import VigilLedger
import VigilSigning

/// Exports a board's completion records from a provider's ledger: one streaming read of the ledger
/// (memory stays flat whatever the number of records), each record written as it is read to a file
/// that is signed as it is written and moved into place only when whole, then recorded in the ledger
/// as sent (`batch.exported/1`).
public struct RecordExporter: Sendable {
  /// The board the records are for; its unit and rounding count the hours.
  public var board: Board
  /// The format to write.
  public var format: ExportFormat
  /// The first and last completion day to include; nil for no bound.
  public var from: CalendarDate?
  public var through: CalendarDate?

  /// The `typ` of a batch's detached signature.
  public static let signatureType = "vigil-batch+jws"

  /// Creates an exporter.
  ///
  /// - Throws: ``ExchangeError/Code/usage`` when `from` is after `through`.
  public init(board: Board, format: ExportFormat, from: CalendarDate? = nil, through: CalendarDate? = nil)
    throws(ExchangeError)
  {
    if let from, let through, through < from {
      throw ExchangeError(.usage, "--from \(from) is after --to \(through); give the earlier day first")
    }
    self.board = board
    self.format = format
    self.from = from
    self.through = through
  }

  /// Writes the records to `path` and its signature to `path.jws`, and records the export; with a nil
  /// path, writes them to standard output unsigned and records nothing (a preview).
  ///
  /// - Parameters:
  ///   - ledger: The provider's ledger.
  ///   - key: The provider's signing key: it signs the batch and the head the batch carries.
  ///   - path: The file to write, in a folder that exists; nil for standard output.
  ///   - now: The time the batch is made, seconds since 1970 (UTC).
  public func export(from ledger: Ledger, key: SigningKey, to path: String?, now: Int64) throws(ExchangeError)
    -> ExportSummary
  {
    let file = try BatchFile(
      path: path, signer: path == nil ? nil : try Self.signer(key))
    var encoder = encoder()
    var bytes: [UInt8] = []
    bytes.reserveCapacity(4096)
    var records = 0
    var revocations = 0
    var head: ChainHead?
    // The scan's typed error is the ledger's: an error of this module thrown inside is kept aside and
    // rethrown as it was.
    var failure: ExchangeError?
    func keeping(_ body: () throws(ExchangeError) -> Void) throws(ExchangeError) {
      do {
        try body()
      } catch {
        failure = error
        throw error
      }
    }
    do {
      try ledger.forEachExportedCredit(board: board.id, from: from, through: through) { source in
        try keeping { () throws(ExchangeError) in
          head = source.head
          try encoder.begin(try header(source, key: key, now: now), into: &bytes)
        }
      } _: { credit in
        try keeping { () throws(ExchangeError) in
          let record = CompletionRecord(credit: credit, unit: board.unit)
          try encoder.append(record, hash: try record.hash, into: &bytes)
          records += 1
          if let revocation = credit.revocation {
            let revoked = try record.revoked(reason: revocation.reason)
            try encoder.append(revoked, hash: try revoked.hash, into: &bytes)
            records += 1
            revocations += 1
          }
          if bytes.count >= 1 << 16 {
            try file.write(bytes)
            bytes.removeAll(keepingCapacity: true)
          }
        }
      }
    } catch {
      if let failure { throw failure }
      throw ExchangeError(error.code == .conflict ? .conflict : .storage, error.message)
    }
    try encoder.end(records: records, into: &bytes)
    try file.write(bytes)
    let (digest, signaturePath) = try file.commit()
    var recorded = false
    if let path, let head {
      let receipt = ExportReceipt(
        board: board.id, format: format.rawValue, from: from, through: through, head: head, records: records,
        digest: digest, exportedAt: now)
      do {
        recorded = try ledger.recordExport(receipt)
      } catch {
        throw ExchangeError(
          .storage, "\(path) is written, but the ledger could not record it as sent (\(error.message)); export again")
      }
    }
    return ExportSummary(
      records: records, revocations: revocations, path: path, signaturePath: signaturePath, head: head,
      digest: digest, recorded: recorded)
  }

  private func encoder() -> any RecordEncoder {
    switch format {
    case .csv: CSVRecordEncoder()
    case .xml: XMLBatchEncoder()
    case .jsonl: JSONLinesEncoder()
    }
  }

  private static func signer(_ key: SigningKey) throws(ExchangeError) -> DetachedJWSSigner {
    do {
      return try DetachedJWSSigner(key: key, type: signatureType)
    } catch {
      throw ExchangeError(.storage, error.message)
    }
  }

  /// The batch header for a source: the head signed now.
  private func header(_ source: ExportSource, key: SigningKey, now: Int64) throws(ExchangeError) -> BatchHeader {
    guard let head = source.head, let ledgerID = source.ledgerID else {
      throw ExchangeError(.usage, "the ledger holds nothing yet: there is nothing to export")
    }
    let checkpoint: String
    do {
      let bytes = try Checkpoint(sequence: head.sequence, link: head.link, signedAt: now).canonicalBytes()
      checkpoint = try key.sign(payload: bytes, type: Checkpoint.tokenType)
    } catch {
      throw ExchangeError(.storage, "cannot sign the batch's head (\(error.message))")
    }
    return BatchHeader(
      providerName: source.providerName ?? "", providerWeb: source.providerWeb, ledgerID: ledgerID, keyID: key.keyID,
      board: board.id, from: from, through: through, generatedAt: now, head: head, checkpoint: checkpoint,
      since: source.previous?.head, proof: source.proof)
  }
}
