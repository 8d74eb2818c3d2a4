import Foundation
import Testing
import VigilBase
import VigilExchange
import VigilSigning
import VigilTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// `vigil board import` against hostile batches, into a board home that trusts the provider: batches
/// the provider really signed (its key, through the library) that are not what a batch should be, files
/// that are not files, signatures that are not signatures, and a long batch whose last record is bad.
/// Each gives one clear line (or the list of refused records), no crash, no hang, and imports nothing:
/// the board's ledger keeps its head and verifies.
@Suite struct BoardImportHostileTests {
  /// A provider home: one Texas RN (123456) who passed the course in a scripted `vigil take` with a real
  /// approval, the home's batches `batch.xml`, `batch.jsonl` and `batch.csv` (each signed in
  /// `batch.F.jws`), its public keys and its signing key.
  struct Provider: Sendable {
    let home: TemporaryDirectory
    let key: SigningKey

    var keys: String { home.appending("provider.jwks") }
    func batch(_ format: String) -> String { home.appending("batch.\(format)") }
    func text(_ format: String) throws -> String { try String(contentsOfFile: batch(format), encoding: .utf8) }
  }

  static let provider = Result { () throws -> Provider in
    let course = try TakeCourse.make(realApproval: true)
    let home = TemporaryDirectory.removedAtExit()
    let boards = Repository.path("Boards")
    let input = TakeCourse.registration + ExportCommandTests.passing
    let take = try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", boards, "--plain"], input: input, environment: ["COLUMNS": "200"])
    guard take.status == 0 else { throw SetUpFailure("take: \(take.error)") }
    for format in ["xml", "jsonl", "csv"] {
      let export = try CommandRunner.vigil([
        "export", "--board", "tx-bon", "--format", format, "--out", home.appending("batch.\(format)"), "--home", home.path,
        "--boards", boards,
      ])
      guard export.status == 0 else { throw SetUpFailure("export \(format): \(export.error)") }
    }
    let keys = try CommandRunner.vigil(["keys", "export", "--home", home.path, "--out", home.appending("provider.jwks")])
    guard keys.status == 0 else { throw SetUpFailure("keys export: \(keys.error)") }
    return Provider(home: home, key: try SigningKeyStore(homePath: home.path).currentKey())
  }

  /// A board home that trusts the provider as `acme-ce`.
  static func board() throws -> (provider: Provider, board: TemporaryDirectory) {
    let provider = try Self.provider.get()
    let board = TemporaryDirectory()
    let trusted = try CommandRunner.vigil(["board", "trust", "add", provider.keys, "--name", "acme-ce", "--home", board.path])
    guard trusted.status == 0 else { throw SetUpFailure("trust add: \(trusted.error)") }
    return (provider, board)
  }

  /// `vigil board import FILE --board tx-bon` into `board`.
  static func importing(_ file: String, into board: TemporaryDirectory, _ extra: [String] = []) throws -> CommandResult {
    try CommandRunner.vigil(
      ["board", "import", file, "--board", "tx-bon", "--home", board.path, "--boards", Repository.path("Boards")] + extra)
  }

  /// The board ledger's head, `SEQ:LINK`.
  static func head(_ board: TemporaryDirectory) throws -> String {
    try CommandRunner.vigil(["ledger", "head", "--home", board.path]).output
  }

  /// Writes `bytes` to `name` in `folder`, with `name.jws` signed by the provider's key.
  @discardableResult
  static func signed(_ bytes: [UInt8], _ name: String, in folder: TemporaryDirectory, by provider: Provider) throws -> String {
    let path = folder.write(name, bytes: bytes)
    var signer = try DetachedJWSSigner(key: provider.key, type: RecordExporter.signatureType)
    bytes.withUnsafeBytes { signer.update($0) }
    folder.write(name + ".jws", try signer.finish() + "\n")
    return path
  }

  /// Expects `result` to be a refusal with exit `status` and exactly `error` on standard error, and the
  /// board's ledger to be as it was (`head`) and intact.
  static func expectNothingImported(
    _ result: CommandResult, status: Int32, error: String, board: TemporaryDirectory, head: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    #expect(result.status == status, "\(result.error)", sourceLocation: sourceLocation)
    #expect(result.error == error, sourceLocation: sourceLocation)
    #expect(result.output.isEmpty, "\(result.output)", sourceLocation: sourceLocation)
    #expect(try Self.head(board) == head, "nothing was imported", sourceLocation: sourceLocation)
    let verify = try CommandRunner.vigil(["ledger", "verify", "--home", board.path])
    #expect(verify.status == 0, "\(verify.output)\(verify.error)", sourceLocation: sourceLocation)
  }

  // MARK: - XML batches the provider signed that break the reader's rules

  @Test(arguments: [
    ("a DOCTYPE", "<!DOCTYPE batch>\n"),
    (
      "an internal entity (billion laughs)",
      "<!DOCTYPE batch [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
    ),
  ])
  func anXMLBatchWithADoctypeIsRefused(case name: String, doctype: String) throws {
    let (provider, board) = try Self.board()
    var text = try provider.text("xml")
    text = text.replacingOccurrences(of: "<batch ", with: doctype + "<batch ")
    if doctype.contains("<!ENTITY c") {
      text = text.replacingOccurrences(of: "<learnerName>Ana Díaz<", with: "<learnerName>&c;<")
    }
    let path = try Self.signed(Array(text.utf8), "doctype.xml", in: board, by: provider)
    let head = try Self.head(board)
    try Self.expectNothingImported(
      try Self.importing(path, into: board), status: 1,
      error: "error: \(path): the document has a DOCTYPE; Vigil reads no DTD: remove it\n", board: board, head: head)
  }

  /// The schema refuses the first element out of place as the stream is read, before the reader's own
  /// limit of 16 levels (which StreamReaderHostileTests checks without a schema).
  @Test func anXMLBatchNestedDeeperThanTheLimitIsRefused() throws {
    let (provider, board) = try Self.board()
    let nested = String(repeating: "<name>", count: 20) + String(repeating: "</name>", count: 20)
    let text = try provider.text("xml").replacingOccurrences(of: "<learnerName>Ana Díaz</learnerName>", with: "<learnerName>\(nested)</learnerName>")
    let path = try Self.signed(Array(text.utf8), "deep.xml", in: board, by: provider)
    let head = try Self.head(board)
    let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("<name><name>") }) + 1
    try Self.expectNothingImported(
      try Self.importing(path, into: board), status: 1,
      error: "error: \(path):\(line):1: Element 'learnerName': Element content is not allowed, because the type definition is simple.\n",
      board: board, head: head)
  }

  /// A learner's name is text of at most 2000 characters (the schema); a web address has no length in
  /// the schema, so one over 64 KiB meets the reader's own limit.
  @Test(arguments: [
    (
      "<learnerName>Ana Díaz<", "<learnerName>", "<", 2001,
      ":1: Element 'learnerName': [facet 'maxLength'] The value has a length of '2001'; this exceeds the allowed maximum length of '2000'."
    ),
    ("<web>https://vigil.example/ce<", "<web>https://vigil.example/", "<", 64 * 1024, ": a text is over the 65536 bytes an element may hold"),
  ])
  func anXMLBatchWithATextOverItsLimitIsRefused(original: String, prefix: String, suffix: String, length: Int, message: String) throws {
    let (provider, board) = try Self.board()
    let text = try provider.text("xml").replacingOccurrences(
      of: original, with: prefix + String(repeating: "a", count: length) + suffix)
    let path = try Self.signed(Array(text.utf8), "long.xml", in: board, by: provider)
    let head = try Self.head(board)
    let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("aaaa") }) + 1
    try Self.expectNothingImported(
      try Self.importing(path, into: board), status: 1, error: "error: \(path):\(line)\(message)\n", board: board, head: head)
  }

  // MARK: - Lines and bytes

  @Test func aJSONLinesLineOverSixtyFourKiBIsRefused() throws {
    let (provider, board) = try Self.board()
    let line = try provider.text("jsonl").split(separator: "\n")[0]
    let long = line.replacingOccurrences(of: "\"Ana Díaz\"", with: "\"" + String(repeating: "a", count: 64 * 1024) + "\"")
    let path = try Self.signed(Array((line + "\n" + long + "\n").utf8), "long.jsonl", in: board, by: provider)
    let head = try Self.head(board)
    try Self.expectNothingImported(
      try Self.importing(path, into: board), status: 1,
      error: "error: \(path):2: the line is longer than the 65536 bytes a line may be\n", board: board, head: head)
  }

  /// The batch with the `í` of the learner's name (C3 AD) made a byte that is not UTF-8 (C3 28).
  @Test(arguments: [
    ("xml", ":15:25: Input is not proper UTF-8, indicate encoding ! Bytes: 0xC3 0x28 0x61 0x7A"),
    ("jsonl", ":1: the line is not valid UTF-8"),
    ("csv", " line 2: field 3 is not valid UTF-8; save the file as UTF-8"),
  ])
  func invalidUTF8IsRefusedWithItsLine(format: String, message: String) throws {
    let (provider, board) = try Self.board()
    var bytes = Array(try provider.text(format).utf8)
    let name = Array("Díaz".utf8)
    let start = try #require(bytes.indices.first { bytes[$0...].starts(with: name) })
    bytes[start + 2] = 0x28
    let path = try Self.signed(bytes, "bad.\(format)", in: board, by: provider)
    let head = try Self.head(board)
    try Self.expectNothingImported(
      try Self.importing(path, into: board), status: 1, error: "error: \(path)\(message)\n", board: board, head: head)
  }

  /// A sparse file of 8 GiB and a byte, which takes no disk: refused before a byte is read.
  @Test func aBatchOverEightGiBIsRefusedAtOnce() throws {
    let (_, board) = try Self.board()
    let path = board.appending("huge.jsonl")
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    try #require(truncate(path, 8 << 30 + 1) == 0)
    board.write("huge.jsonl.jws", "x..y\n")
    let head = try Self.head(board)
    try Self.expectNothingImported(
      try Self.importing(path, into: board), status: 1,
      error: "error: \(path) is 8589934593 bytes, more than the 8589934592 (8 GiB) a batch may be; split it\n",
      board: board, head: head)
  }

  // MARK: - Files that are not files

  @Test func aFolderOrAMissingFileIsNamed() throws {
    let (_, board) = try Self.board()
    let folder = board.appending("folder.xml")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    let head = try Self.head(board)
    try Self.expectNothingImported(
      try Self.importing(folder, into: board), status: 2,
      error: "error: \(folder) is not a regular file (a folder, named pipe or device)\n", board: board, head: head)
    let missing = board.appending("missing.csv")
    try Self.expectNothingImported(
      try Self.importing(missing, into: board), status: 2,
      error: "error: cannot open \(missing) (No such file or directory)\n", board: board, head: head)
  }

  @Test(.timeLimit(.minutes(1)), arguments: ["batch", "signature"])
  func aNamedPipeIsRefusedWithoutWaitingForAWriter(as role: String) async throws {
    let (provider, board) = try Self.board()
    let path = board.appending("pipe.xml")
    if role == "batch" {
      try #require(FIFO.make(path))
    } else {
      try FileManager.default.copyItem(atPath: provider.batch("xml"), toPath: path)
      try #require(FIFO.make(path + ".jws"))
    }
    let head = try Self.head(board)
    let result = try await BlockingWork.run({ Result { try Self.importing(path, into: board) } }) {
      FIFO.release(role == "batch" ? path : path + ".jws")
    }.get()
    let error =
      role == "batch"
      ? "error: \(path) is not a regular file (a folder, named pipe or device)\n"
      : "error: \(path).jws is not a regular file (a folder, named pipe or device): not a detached signature\n"
    try Self.expectNothingImported(result, status: role == "batch" ? 2 : 1, error: error, board: board, head: head)
  }

  // MARK: - Signatures that are not signatures

  @Test(arguments: ["huge", "binary", "a folder", "a certificate", "a checkpoint", "another type"])
  func aSignatureFileThatIsNotABatchSignatureIsRefused(case name: String) throws {
    let (provider, board) = try Self.board()
    let path = board.appending("batch.xml")
    try FileManager.default.copyItem(atPath: provider.batch("xml"), toPath: path)
    let signature = path + ".jws"
    let error: String
    switch name {
    case "huge":
      board.write("batch.xml.jws", String(repeating: "e", count: 5000))
      error = "\(signature) is 5000 bytes: not a detached signature"
    case "binary":
      board.write("batch.xml.jws", bytes: (0...255).map(UInt8.init))
      error = "\(signature) is not text: not a detached signature"
    case "a folder":
      try FileManager.default.createDirectory(atPath: signature, withIntermediateDirectories: false)
      error = "\(signature) is not a regular file (a folder, named pipe or device): not a detached signature"
    case "a certificate":
      // The learner's certificate, a compact VC-JWT the same key signed.
      let certificates = provider.home.appending("certificates")
      let file = try #require(try FileManager.default.contentsOfDirectory(atPath: certificates).first { $0.hasSuffix(".jwt") })
      try FileManager.default.copyItem(atPath: certificates + "/" + file, toPath: signature)
      let size = try #require(try FileManager.default.attributesOfItem(atPath: signature)[.size] as? Int)
      error = "\(signature) is \(size) bytes: not a detached signature"
    case "a checkpoint":
      // The batch's own signed head, a compact JWS with a payload.
      let text = try provider.text("xml")
      let start = try #require(text.range(of: "<checkpoint>"))
      let end = try #require(text.range(of: "</checkpoint>"))
      board.write("batch.xml.jws", String(text[start.upperBound..<end.lowerBound]))
      error = "\(signature): the detached signature carries a payload; a detached signature leaves it empty (HEADER..SIGNATURE)"
    default:
      // A detached signature over the very bytes, by the provider's key, but of another type.
      var signer = try DetachedJWSSigner(key: provider.key, type: "vigil-checkpoint+jws")
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
      bytes.withUnsafeBytes { signer.update($0) }
      board.write("batch.xml.jws", try signer.finish())
      error = "\(signature): the detached signature is of type 'vigil-checkpoint+jws', not 'vigil-batch+jws' as expected"
    }
    let head = try Self.head(board)
    try Self.expectNothingImported(
      try Self.importing(path, into: board), status: 1, error: "error: \(error)\n", board: board, head: head)
  }

  // MARK: - A long batch whose last record is bad

  static let longBatch = 3000

  /// The provider's one record made `count` records of `count` licensees (certificates and license
  /// numbers of their own, hashed by the library), the last, when `badLast`, claiming 1 hour for 6
  /// minutes: the batch in `format` signed by the provider's key, and the line its last record starts on.
  static func longBatch(
    _ format: String, count: Int, badLast: Bool, in board: TemporaryDirectory, by provider: Provider
  ) throws -> (path: String, lastLine: Int) {
    let template = try #require(try JSONLinesReader(path: provider.batch("jsonl")).nextRecord()?.record)
    let original = (hash: try template.hash, template.certificate, template.licenseNumber, template.learnerName)
    let text = try provider.text(format)
    let parts: (head: String, record: String, tail: String)
    if format == "xml" {
      let start = try #require(text.range(of: "    <record "))
      let end = try #require(text.range(of: "    </record>\n"))
      parts = (String(text[..<start.lowerBound]), String(text[start.lowerBound..<end.upperBound]), String(text[end.upperBound...]))
    } else {
      let end = format == "csv" ? "\r\n" : "\n"
      let lines = text.components(separatedBy: end).map { $0 + end }
      parts = format == "csv" ? (lines[0], lines[1], "") : ("", lines[0], "")
    }
    var batch = parts.head
    var lastLine = 0
    for index in 1...count {
      var record = template
      record.certificate = String(format: "VC-TEST-%04d-%04d", index / 10_000, index % 10_000)
      record.licenseNumber = String(700_000 + index)
      record.learnerName = "Learner \(index)"
      var row = parts.record.replacingOccurrences(of: original.hash, with: "HASH")
      if index == count {
        lastLine = batch.utf8.count(where: { $0 == 0x0A }) + 1
        if badLast {
          record.awardedHundredths = 100
          row = row.replacingOccurrences(of: "<awardedHours>0.1<", with: "<awardedHours>1<")
            .replacingOccurrences(of: "\"awardedHours\":0.1,", with: "\"awardedHours\":1,")
            .replacingOccurrences(of: ",6,0.1,", with: ",6,1,")
        }
      }
      batch += row.replacingOccurrences(of: original.1, with: record.certificate)
        .replacingOccurrences(of: original.2, with: record.licenseNumber)
        .replacingOccurrences(of: original.3, with: record.learnerName)
        .replacingOccurrences(of: "HASH", with: try record.hash)
    }
    batch += parts.tail.replacingOccurrences(of: "<count>1</count>", with: "<count>\(count)</count>")
    return (try signed(Array(batch.utf8), "long-\(badLast ? "bad" : "good").\(format)", in: board, by: provider), lastLine)
  }

  @Test(arguments: ["xml", "jsonl", "csv"])
  func aLongBatchWhoseLastRecordIsBadImportsNothingAndNamesIt(format: String) throws {
    let (provider, board) = try Self.board()
    let (path, lastLine) = try Self.longBatch(format, count: Self.longBatch, badLast: true, in: board, by: provider)
    // One record a line after the header (csv); the XML line counted in the batch's text.
    let line = format == "csv" ? Self.longBatch + 1 : format == "jsonl" ? Self.longBatch : lastLine
    #expect(lastLine == line)
    let head = try Self.head(board)
    try Self.expectNothingImported(
      try Self.importing(path, into: board), status: 1,
      error: "\(path) is refused; nothing was imported (1 problem):\n"
        + "  record \(Self.longBatch) (line \(line)): it claims 1.0 h, but tx-bon's rules give 0.1 h for 6 minutes\n",
      board: board, head: head)

    // The same batch with its last record right imports: only that record was wrong.
    let (good, _) = try Self.longBatch(format, count: Self.longBatch, badLast: false, in: board, by: provider)
    let imported = try Self.importing(good, into: board)
    #expect(imported.status == 0, "\(imported.error)")
    #expect(imported.output == "imported \(Self.longBatch) records from \(good)\n")
    #expect(try CommandRunner.vigil(["ledger", "verify", "--home", board.path]).status == 0)
  }
}
