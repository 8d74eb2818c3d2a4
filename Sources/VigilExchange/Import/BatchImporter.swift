import Crypto
import VigilBase
import VigilBoards
import VigilLedger
import VigilSigning

#if canImport(Glibc)
  import Glibc
#endif

/// Imports a provider's batch into a board's ledger: the detached signature checked against the
/// trusted providers' keys, the XML batch's signed head and its proof of extension checked, every
/// record checked (``RecordCheck``), and the records stored in one transaction: all or nothing.
///
/// A bad batch imports nothing and lists each bad record with its place and the reason; the same batch
/// again changes nothing. Unsigned CSV or JSON Lines files import only when asked for
/// (``unsignedProvider``), and their records are marked unverified.
public struct BatchImporter: Sendable {
  /// The board whose ledger this is; a record for another board is refused.
  public var board: Board
  /// The batch's format.
  public var format: ExportFormat
  /// For an unsigned CSV or JSON Lines file: the trusted provider it comes from; nil for a signed batch.
  public var unsignedProvider: String?
  /// The latest completion day a record may carry (today where the board is).
  public var today: CalendarDate

  /// Creates an importer.
  ///
  /// The formats a board imports: Vigil's own batches.
  public static let formats: [ExportFormat] = [.xml, .csv, .jsonl]

  /// - Throws: ``ExchangeError/Code/usage`` for a format other than ``formats`` (xAPI statements and CE
  ///   Broker rosters go to those systems, not to a board's Vigil) or an unsigned XML batch (an XML
  ///   batch is always signed).
  public init(board: Board, format: ExportFormat, unsignedProvider: String? = nil, today: CalendarDate)
    throws(ExchangeError)
  {
    guard Self.formats.contains(format) else {
      throw ExchangeError(
        .usage, "a board imports Vigil's batches (xml, csv or jsonl), not \(format.rawValue): that format is for its own system")
    }
    if unsignedProvider != nil, format == .xml {
      throw ExchangeError(.usage, "an XML batch is always signed; --unsigned is only for csv and jsonl files")
    }
    self.board = board
    self.format = format
    self.unsignedProvider = unsignedProvider
    self.today = today
  }

  /// Imports the batch at `path` (its signature at `path.jws`).
  ///
  /// - Returns: What the ledger did: imported (with counts), unchanged, or refused with the reasons.
  /// - Throws: ``ExchangeError`` with ``ExchangeError/Code/untrusted`` (no signature, a signature that
  ///   does not verify, a key no trusted provider holds, a head whose checkpoint or proof does not
  ///   hold), ``ExchangeError/Code/malformed`` (the file is not in its format; nothing is imported) or
  ///   ``ExchangeError/Code/storage``.
  public func importBatch(at path: String, into ledger: Ledger) throws(ExchangeError) -> BatchImportResult {
    try importBatch(authenticating: path, reading: path, into: ledger)
  }

  /// Imports the records read from `readPath` as the batch authenticated at `path` (the same file but
  /// for the test of a file that changes between the two).
  ///
  /// The signature is checked in one pass and the records read in another, so the bytes read are
  /// hashed too and must be the ones signed: a file replaced or rewritten between the passes is refused.
  func importBatch(authenticating path: String, reading readPath: String, into ledger: Ledger) throws(ExchangeError)
    -> BatchImportResult
  {
    let (provider, digest) = try authenticate(path, ledger: ledger)
    let bytesRead = ReadDigest()
    let source = try openSource(readPath, observer: bytesRead.update)
    var head: BatchHead?
    var check = RecordCheck(board: board, latest: today, from: nil, through: nil)
    if let header = source.header {
      guard let provider else { throw ExchangeError(.usage, "an XML batch is always signed") }
      head = try verify(header, provider: provider)
      check = RecordCheck(board: board, latest: today, from: header.from, through: header.through)
    }
    let batch = IncomingBatch(
      provider: provider?.name ?? unsignedProvider ?? "", digest: digest, format: format.rawValue,
      isVerified: provider != nil, head: head)
    do {
      return try ledger.importBatch(batch) { sink in
        let pipeline = RecordPipeline(source: source, check: check, preparation: sink.preparation)
        defer { pipeline.finish() }
        var chunk: [RecordPipeline.Entry] = []
        while try pipeline.next(into: &chunk) {
          for entry in chunk {
            switch pipeline.settled(entry) {
            case .ready(let record): try sink.add(record, at: entry.place, position: entry.position)
            case .refused(let reason): sink.refuse(at: entry.place, position: entry.position, reason)
            }
          }
        }
        guard bytesRead.hex == digest else {
          throw ExchangeError(
            .untrusted,
            "\(path) changed while it was imported: the bytes read are not the ones \(provider == nil ? "hashed" : "signed"); "
              + "nothing was imported, import it again once it is whole")
        }
      }
    } catch let error as ExchangeError {
      throw error
    } catch let error as LedgerError {
      throw ExchangeError(.storage, error.message)
    } catch {
      throw ExchangeError(.storage, "the import failed (\(error))")
    }
  }

  /// The largest batch a board imports, in bytes (8 GiB, any format): refused before a byte is read,
  /// so an oversized file costs no signature check.
  public static let maximumFileBytes = 8 << 30

  /// Checks the detached signature (unless unsigned) and hashes the file: the provider and the digest.
  private func authenticate(_ path: String, ledger: Ledger) throws(ExchangeError) -> (TrustedProvider?, String) {
    let file = try ReadFile(path: path)
    guard file.size <= Self.maximumFileBytes else {
      throw ExchangeError(
        .tooLarge, "\(path) is \(file.size) bytes, more than the \(Self.maximumFileBytes) (8 GiB) a batch may be; split it")
    }
    if let name = unsignedProvider {
      try Self.checkTrusted(name, in: ledger)
      var digest = SHA256()
      try file.forEachChunk { digest.update(bufferPointer: $0) }
      return (nil, BatchFile.hex(digest.finalize()))
    }
    let token = try Self.signature(of: path)
    let providers: [TrustedProvider]
    do {
      providers = try ledger.trustedProviders().filter { $0.removedAt == nil }
    } catch {
      throw ExchangeError(.storage, error.message)
    }
    let verifier: DetachedJWSVerifier
    do {
      verifier = try DetachedJWSVerifier(
        token: token, keys: JWKSet(keys: providers.flatMap(\.keys.keys)), expectedType: RecordExporter.signatureType)
    } catch {
      throw ExchangeError(
        .untrusted,
        error.code == .unknownKey
          ? "\(path) is signed by a key no trusted provider holds; trust the provider's JWK Set first (`vigil board trust add`)"
          : "\(path).jws: \(error.message)")
    }
    let (checked, hex) = try SignedPass(verifier: verifier).run(over: file)
    do {
      try checked.verify()
    } catch {
      throw ExchangeError(.untrusted, "\(path): \(error.message)")
    }
    let provider = providers.first { $0.keys.key(withID: verifier.key.keyID) != nil }
    return (provider, hex)
  }

  /// Refuses `--provider NAME` for an unsigned batch before its file is read, unless the board trusts
  /// the provider now.
  private static func checkTrusted(_ name: String, in ledger: Ledger) throws(ExchangeError) {
    let provider: TrustedProvider?
    do {
      provider = try ledger.trustedProvider(named: name)
    } catch {
      throw ExchangeError(.storage, error.message)
    }
    guard let provider else {
      throw ExchangeError(
        .usage, "--provider: no provider named \(Echo.quoted(name)) is trusted; list them with `vigil board trust list`")
    }
    guard provider.isTrusted else {
      throw ExchangeError(.usage, "--provider: the provider \(name) was removed from the trusted providers; its batches are refused")
    }
  }

  /// The detached signature beside a batch.
  private static func signature(of path: String) throws(ExchangeError) -> String {
    let file: ReadFile
    do {
      file = try ReadFile(path: path + ".jws")
    } catch {
      var status = stat()
      guard lstat(path + ".jws", &status) != 0, errno == ENOENT else {
        throw ExchangeError(.untrusted, "\(error.message): not a detached signature")
      }
      throw ExchangeError(
        .untrusted,
        "\(path) has no signature beside it (\(path).jws); a board imports signed batches, or an unsigned csv or "
          + "jsonl file with --unsigned --provider NAME")
    }
    guard file.size <= DetachedJWS.maximumTokenBytes else {
      throw ExchangeError(.untrusted, "\(path).jws is \(file.size) bytes: not a detached signature")
    }
    var bytes: [UInt8] = []
    while try file.read(into: &bytes) {}
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw ExchangeError(.untrusted, "\(path).jws is not text: not a detached signature")
    }
    return text
  }

  private func openSource(_ path: String, observer: @escaping (UnsafeRawBufferPointer) -> Void) throws(ExchangeError)
    -> any RecordSource
  {
    switch format {
    case .xml: try XMLBatchReader(path: path, observer: observer)
    case .jsonl: try JSONLinesReader(path: path, observer: observer)
    case .csv: try CSVRecordReader(path: path, observer: observer)
    case .xapi, .ceBrokerCSV:
      throw ExchangeError(.usage, "a board imports xml, csv or jsonl batches, not \(format.rawValue)")
    }
  }

  /// Checks an XML batch's header against its signer: the key, the board, the signed head and the
  /// proof that it extends the head sent before.
  private func verify(_ header: BatchHeader, provider: TrustedProvider) throws(ExchangeError) -> BatchHead {
    guard provider.keys.key(withID: header.keyID) != nil else {
      throw ExchangeError(.untrusted, "the batch names the key \(header.keyID), which is not its signer's")
    }
    guard header.board == board.id else {
      throw ExchangeError(.invalidRecord, "the batch is for board \(Echo.quoted(header.board)), not \(board.id)")
    }
    let checkpoint: Checkpoint
    do {
      checkpoint = try Checkpoint(verifying: header.checkpoint, against: provider.keys)
    } catch {
      throw ExchangeError(.untrusted, "the batch's signed head does not verify: \(error.message)")
    }
    guard checkpoint.sequence == header.head.sequence, checkpoint.link == header.head.link else {
      throw ExchangeError(.untrusted, "the batch's signed head is \(checkpoint.sequence):\(checkpoint.link), not the head it names")
    }
    guard let proof = header.proof, let since = proof.from else { return BatchHead(head: header.head, proof: nil) }
    guard proof.reached == header.head else {
      throw ExchangeError(.untrusted, "the batch's proof does not lead from head \(since) to its head \(header.head)")
    }
    return BatchHead(head: header.head, proof: proof)
  }
}

/// The SHA-256 of the bytes a reader read, fed chunk by chunk.
private final class ReadDigest {
  private var hasher = SHA256()

  func update(_ bytes: UnsafeRawBufferPointer) { hasher.update(bufferPointer: bytes) }

  /// The digest so far, lowercase hex.
  var hex: String { BatchFile.hex(hasher.finalize()) }
}
