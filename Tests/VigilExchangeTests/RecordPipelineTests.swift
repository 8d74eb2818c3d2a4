import Foundation
import Testing
import VigilBase
import VigilBoards
import VigilLedger
import VigilTestSupport

@testable import VigilExchange

/// `RecordPipeline`: records read on the reader's thread reach the importing thread in the file's
/// order, each numbered, with the reader's error after every record read before it, and an import
/// that stops early stops the reader.
@Suite struct RecordPipelineTests {
  /// A source of `count` Texas RN records, the one at `bad` (from 1) with a hash that is not its own,
  /// then `failure` (or the end).
  final class CountingSource: RecordSource {
    let header: BatchHeader? = nil
    let count: Int
    let bad: Int?
    let failure: ExchangeError?
    private(set) var read = 0

    init(count: Int, bad: Int? = nil, failure: ExchangeError? = nil) {
      self.count = count
      self.bad = bad
      self.failure = failure
    }

    func nextRecord() throws(ExchangeError) -> ReadRecord? {
      guard read < count else {
        if let failure { throw failure }
        return nil
      }
      read += 1
      let record = CompletionRecord(
        kind: .completion, certificate: "VC-0000-0000-\(read)", learnerName: "Ana Díaz \(read)", board: "tx-bon",
        licenseType: "RN", licenseNumber: "RN\(100_000 + read)", courseID: "sample-minimal", courseVersion: "1.0.0",
        courseTitle: "Sample Minimal Course", approver: "ANCC", approvalNumber: "ANCC-2026-0042", approvalMinutes: 60,
        awardedHundredths: 100, completedOn: CalendarDate(year: 2026, month: 3, day: 7), topics: ["human-trafficking"])
      let hash = read == bad ? String(repeating: "0", count: 64) : try record.hash
      return ReadRecord(record: record, claimedHash: hash, position: "item \(read)")
    }
  }

  struct Stop: Error {}

  /// Runs `body` with a pipeline over `source` inside a board ledger's import, which it then rolls back.
  private func withPipeline(
    _ source: CountingSource, _ body: (RecordPipeline) throws -> Void
  ) throws {
    let fixture = try ProviderFixture()
    let board = try BatchImporterTests.boardLedger(trusting: fixture.key, in: fixture.directory)
    let check = RecordCheck(board: fixture.texasBoard, latest: BatchImporterTests.today, from: nil, through: nil)
    let batch = IncomingBatch(
      provider: "vigil-ce", digest: String(repeating: "a", count: 64), format: "csv", isVerified: true, head: nil)
    #expect(throws: Stop.self) {
      _ = try board.importBatch(batch) { sink in
        let pipeline = RecordPipeline(source: source, check: check, preparation: sink.preparation)
        defer { pipeline.finish() }
        try body(pipeline)
        throw Stop()
      }
    }
  }

  @Test func recordsComeInTheirOrderWithTheirPlaces() throws {
    // More records than the queue holds, so the reader waits for the importing thread.
    let count = (RecordPipeline.maximumChunks + 3) * RecordPipeline.chunkSize + 7
    let source = CountingSource(count: count, bad: 1500)
    try withPipeline(source) { pipeline in
      var places: [Int] = []
      var refusals: [(Int, String)] = []
      var chunk: [RecordPipeline.Entry] = []
      while try pipeline.next(into: &chunk) {
        #expect(chunk.count <= RecordPipeline.chunkSize)
        for entry in chunk {
          places.append(entry.place)
          if case .refused(let reason) = pipeline.settled(entry) {
            refusals.append((entry.place, "(\(entry.position)) \(reason)"))
          }
        }
      }
      #expect(places == Array(1...count))
      #expect(refusals.map(\.0) == [1500])
      #expect(
        refusals.first?.1 == "(item 1500) its hash does not match its fields: the record was changed after it was written")
    }
  }

  /// The reader checks and prepares what it reads only while the importing thread has a chunk waiting:
  /// the first chunk, handed to an empty queue, comes as read; once the importer is behind, the reader's
  /// chunks come settled.
  @Test func theReaderSettlesRecordsOnlyWhileTheImporterIsBehind() throws {
    let source = CountingSource(count: (RecordPipeline.maximumChunks + 2) * RecordPipeline.chunkSize)
    try withPipeline(source) { pipeline in
      let deadline = ContinuousClock.now + .seconds(60)
      while pipeline.queuedChunkCount < RecordPipeline.maximumChunks && ContinuousClock.now < deadline {
        usleep(1_000)
      }
      #expect(pipeline.queuedChunkCount == RecordPipeline.maximumChunks)
      var chunk: [RecordPipeline.Entry] = []
      let first = try pipeline.next(into: &chunk)
      #expect(first && chunk.count == RecordPipeline.chunkSize)
      #expect(chunk.allSatisfy { if case .read = $0.outcome { true } else { false } })
      let second = try pipeline.next(into: &chunk)
      #expect(second && chunk.count == RecordPipeline.chunkSize)
      #expect(chunk.allSatisfy { if case .settled(.ready) = $0.outcome { true } else { false } })
    }
  }

  @Test func theReadersErrorComesAfterTheRecordsBeforeIt() throws {
    let source = CountingSource(count: 600, failure: ExchangeError(.malformed, "batch.csv:602: broken"))
    try withPipeline(source) { pipeline in
      var taken = 0
      var chunk: [RecordPipeline.Entry] = []
      let error = #expect(throws: ExchangeError.self) {
        while try pipeline.next(into: &chunk) { taken += chunk.count }
      }
      #expect(taken == 600)
      #expect(error?.message == "batch.csv:602: broken")
    }
  }

  @Test func stoppingEarlyStopsTheReader() throws {
    let source = CountingSource(count: 100_000)
    try withPipeline(source) { pipeline in
      var chunk: [RecordPipeline.Entry] = []
      let more = try pipeline.next(into: &chunk)
      #expect(more)
      #expect(chunk.count == RecordPipeline.chunkSize)
      pipeline.finish()
    }
    // The reader stops at the first chunk it cannot queue: at most the queue, the chunk taken and the
    // chunk it was filling.
    #expect(source.read <= (RecordPipeline.maximumChunks + 2) * RecordPipeline.chunkSize)
  }
}
