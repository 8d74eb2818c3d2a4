import Foundation
import Testing
import VigilBase
import VigilLedger
import VigilSigning
import VigilTestSupport

@testable import VigilExchange

#if canImport(Glibc)
  import Glibc
#endif

/// Batches that are not what they seem: a named pipe, a file of more than 8 GiB, a file that changes
/// between its signature check and its reading, and an XML batch whose records must be named by their
/// own lines however far libxml2 has read ahead.
struct HostileBatchTests {
  /// The message of the error `body` throws, run on a thread of its own so a blocked read cannot hang
  /// the test run (the time limit ends it and the pipe is released).
  private func message(releasing pipe: String, _ body: @escaping @Sendable () throws -> Void) async -> String? {
    await BlockingWork.run({ () -> String? in
      do {
        try body()
        return nil
      } catch let error as ExchangeError {
        return error.message
      } catch {
        return "\(error)"
      }
    }) { FIFO.release(pipe) }
  }

  @Test(.timeLimit(.minutes(1)))
  func aNamedPipeAsTheBatchIsRefusedWithoutWaitingForAWriter() async throws {
    let fixture = try ProviderFixture()
    let board = try BatchImporterTests.boardLedger(trusting: fixture.key, in: fixture.directory)
    let path = fixture.directory.appending("pipe.jsonl")
    try #require(FIFO.make(path))
    let importer = try BatchImporterTests.importer(fixture, .jsonl)
    let message = await message(releasing: path) { _ = try importer.importBatch(at: path, into: board) }
    #expect(message == "\(path) is not a regular file (a folder, named pipe or device)")
  }

  @Test(.timeLimit(.minutes(1)))
  func aNamedPipeAsTheSignatureIsRefusedWithoutWaitingForAWriter() async throws {
    let fixture = try ProviderFixture()
    try fixture.pass("Ana Díaz", licenses: [ProviderFixture.texas("RN1")])
    let board = try BatchImporterTests.boardLedger(trusting: fixture.key, in: fixture.directory)
    let path = try BatchImporterTests.export(fixture, .xml, "b.xml")
    try FileManager.default.removeItem(atPath: path + ".jws")
    try #require(FIFO.make(path + ".jws"))
    let importer = try BatchImporterTests.importer(fixture, .xml)
    let message = await message(releasing: path + ".jws") { _ = try importer.importBatch(at: path, into: board) }
    #expect(message == "\(path).jws is not a regular file (a folder, named pipe or device): not a detached signature")
  }

  /// A sparse file: 8 GiB and one byte that take no disk.
  @Test(arguments: [ExportFormat.xml, .csv, .jsonl])
  func aBatchOverEightGiBIsRefusedBeforeItsSignatureIsChecked(format: ExportFormat) throws {
    let fixture = try ProviderFixture()
    let board = try BatchImporterTests.boardLedger(trusting: fixture.key, in: fixture.directory)
    let path = fixture.directory.appending("huge.\(format.rawValue)")
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    try #require(truncate(path, 8 << 30 + 1) == 0)
    try Data("x..y\n".utf8).write(to: URL(fileURLWithPath: path + ".jws"))
    let head = try board.head()
    let error = #expect(throws: ExchangeError.self) {
      try BatchImporterTests.importer(fixture, format).importBatch(at: path, into: board)
    }
    #expect(error?.code == .tooLarge)
    #expect(error?.message == "\(path) is 8589934593 bytes, more than the 8589934592 (8 GiB) a batch may be; split it")
    #expect(try board.head() == head)
  }

  /// The signature is checked in one pass over the file and the records read in another: a file
  /// swapped or rewritten in between (a drop folder another account writes to) imported records the
  /// provider never signed, as verified. The bytes read must now hash to the bytes signed.
  @Test(arguments: [ExportFormat.xml, .csv, .jsonl])
  func aBatchThatChangesBetweenItsSignatureAndItsReadingImportsNothing(format: ExportFormat) throws {
    let fixture = try ExportRoundTripTests.provider()
    let board = try BatchImporterTests.boardLedger(trusting: fixture.key, in: fixture.directory)
    let signed = try BatchImporterTests.export(fixture, format, "signed.\(format.rawValue)")
    // The same batch with one learner renamed and the record re-hashed: well formed, never signed.
    let original = try String(contentsOfFile: signed, encoding: .utf8)
    let source: RecordSource =
      switch format {
      case .xml: try XMLBatchReader(path: signed)
      case .csv: try CSVRecordReader(path: signed)
      default: try JSONLinesReader(path: signed)
      }
    let first = try #require(try source.nextRecord())
    var renamed = first.record
    renamed.learnerName = "Mallory Example"
    let swapped = original.replacingOccurrences(of: first.record.learnerName, with: renamed.learnerName)
      .replacingOccurrences(of: first.claimedHash, with: try renamed.hash)
    let other = fixture.directory.appending("swapped.\(format.rawValue)")
    try swapped.write(toFile: other, atomically: true, encoding: .utf8)
    let head = try board.head()
    let error = #expect(throws: ExchangeError.self) {
      try BatchImporterTests.importer(fixture, format).importBatch(authenticating: signed, reading: other, into: board)
    }
    #expect(error?.code == .untrusted)
    #expect(
      error?.message
        == "\(signed) changed while it was imported: the bytes read are not the ones signed; nothing was imported, "
        + "import it again once it is whole")
    #expect(try board.head() == head)
    let imported = try BatchImporterTests.importer(fixture, format).importBatch(authenticating: signed, reading: signed, into: board)
    guard case .imported(_, let added, 0) = imported else { Issue.record("\(imported)"); return }
    #expect(added == ExportRoundTripTests.names.count, "the file itself, read whole, is the one signed")
  }

  /// libxml2's parser reads a chunk ahead of the node it hands out; a record's position was the
  /// parser's line, often the next record's.
  @Test func eachXMLRecordIsNamedByTheLineItStartsOn() throws {
    let fixture = try ProviderFixture()
    for index in 0..<40 { try fixture.pass("Learner \(index)", licenses: [ProviderFixture.texas("RN\(2000 + index)")]) }
    let path = try BatchImporterTests.export(fixture, .xml, "b.xml")
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    let starts = lines.indices.filter { lines[$0].hasPrefix("    <record ") }.map { "line \($0 + 1)" }
    #expect(starts.count == 40)
    let reader = try XMLBatchReader(path: path)
    var positions: [String] = []
    while let record = try reader.nextRecord() { positions.append(record.position) }
    #expect(positions == starts)
  }
}
