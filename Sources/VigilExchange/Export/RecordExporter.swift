import VigilBase
import VigilBoards
import VigilCourse
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
  /// The course packages `cebroker-csv` reads the provider's and the courses' CE Broker numbers from
  /// (other formats read nothing from them).
  public var courses: [Course]

  /// The `typ` of a batch's detached signature.
  public static let signatureType = "vigil-batch+jws"

  /// Creates an exporter.
  ///
  /// - Throws: ``ExchangeError/Code/usage`` when `from` is after `through`.
  public init(
    board: Board, format: ExportFormat, from: CalendarDate? = nil, through: CalendarDate? = nil, courses: [Course] = []
  ) throws(ExchangeError) {
    if let from, let through, through < from {
      throw ExchangeError(.usage, "--from \(from) is after --to \(through); give the earlier day first")
    }
    self.board = board
    self.format = format
    self.from = from
    self.through = through
    self.courses = courses
  }

  /// Writes the records to `path` and its signature to `path.jws`, and records the export; with a nil
  /// path, writes them to standard output unsigned and records nothing (a preview).
  ///
  /// `cebroker-csv` leaves out what CE Broker must not be sent: credits an earlier `cebroker-csv` batch
  /// for the board covers (CE Broker asks for a new sheet with no licensee already reported) and the
  /// credits of revoked certificates (a roster cannot withdraw one); the summary counts both.
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
    var encoder = try encoder()
    var bytes: [UInt8] = []
    bytes.reserveCapacity(4096)
    var records = 0
    var revocations = 0
    var alreadySent = 0
    var sent: [ExportReceipt] = []
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
    /// Writes what is buffered once it reaches 64 KiB.
    func flushWhenFull() throws(ExchangeError) {
      guard bytes.count >= 1 << 16 else { return }
      try file.write(bytes)
      bytes.removeAll(keepingCapacity: true)
    }
    // Only the XML batch carries the head, and so the proof that it extends the one sent before.
    let proof: ((String) throws -> Void)? = format != .xml ? nil : { eventHash in
      try keeping { () throws(ExchangeError) in
        encoder.appendProof(eventHash: eventHash, into: &bytes)
        try flushWhenFull()
      }
    }
    do {
      try ledger.forEachExportedCredit(
        board: board.id, from: from, through: through,
        start: { source in
          try keeping { () throws(ExchangeError) in
            head = source.head
            if format == .ceBrokerCSV { sent = source.exports.filter { $0.format == format.rawValue } }
            try encoder.begin(try header(source, key: key, now: now), into: &bytes)
          }
        }, proof: proof
      ) { credit in
        try keeping { () throws(ExchangeError) in
          guard !sent.contains(where: { $0.covers(sequence: credit.completionSequence, on: credit.completedOn) }) else {
            alreadySent += 1
            return
          }
          // The first edition's record, then each later edition's, naming the one it supersedes; a
          // revoked edition is followed by its revocation record.
          var edition = credit
          var record = CompletionRecord(credit: credit, unit: board.unit)
          var revokedReason = credit.revocation?.reason
          var later = credit.laterEditions[...]
          while true {
            let hash = try record.hash
            let revocation = try revokedReason.map { reason throws(ExchangeError) in
              let revoked = try record.revoked(reason: reason)
              return CreditRevocation(record: revoked, hash: try revoked.hash)
            }
            let written = try encoder.append(credit: edition, record: record, hash: hash, revocation: revocation, into: &bytes)
            records += written.records
            revocations += written.revocations
            guard let next = later.popFirst() else { break }
            edition.certificateNumber = next.number
            edition.learnerName = next.learnerName
            record.certificate = next.number
            record.learnerName = next.learnerName
            record.replaces = hash
            if case .revoked(let reason, _) = next.status { revokedReason = reason } else { revokedReason = nil }
          }
          try flushWhenFull()
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
      digest: digest, recorded: recorded, withheld: encoder.withheld, alreadySent: alreadySent)
  }

  private func encoder() throws(ExchangeError) -> any RecordEncoder {
    switch format {
    case .csv: CSVRecordEncoder()
    case .xml: XMLBatchEncoder()
    case .jsonl: JSONLinesEncoder()
    case .xapi: XAPIEncoder()
    case .ceBrokerCSV: try CEBrokerRosterEncoder(board: board, catalog: CEBrokerCatalog(courses: courses))
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
      since: source.previous?.head)
  }
}
