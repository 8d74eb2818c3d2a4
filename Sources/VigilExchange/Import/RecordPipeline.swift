import Foundation
import VigilLedger

/// Reads and checks a batch's records on a thread of its own while the importing thread stores the
/// ones read before: parsing the file (and, for XML, validating it against the schema) and the board's
/// checks overlap with the ledger's writes, so an import takes about the longer of the two rather than
/// their sum.
///
/// What comes after the parsing of each record (the board's checks, ``RecordCheck``, then the ledger's
/// own preparation, ``BoardRecordPreparation``: its hash checked against its fields, its row laid out)
/// goes to whichever thread has time for it. The reader settles a chunk itself when the importing thread
/// is behind (a chunk is already waiting for it) and hands it over as read otherwise, for the importing
/// thread to settle as it stores it (``settled(_:)-(Entry)``): a batch whose parsing is the slower side (XML)
/// and one whose writing is (CSV) both keep the two threads busy.
///
/// The records travel in chunks through a queue of at most ``maximumChunks`` chunks, so memory stays
/// at a few thousand records whatever the batch's size. The records come out in the file's order,
/// each numbered by its place (from 1), and the reader's error, if any, comes after every record read
/// before it: the importing thread sees exactly what reading the file in line would have shown it.
///
/// The importing thread hands each chunk back when it takes the next, and the reader frees it: the
/// records are made and let go on the same thread, so the allocator never frees one thread's memory on
/// another (which costs it a lock and makes the two threads wait for each other).
///
/// ```swift
/// let pipeline = RecordPipeline(source: source, check: check, preparation: sink.preparation)
/// defer { pipeline.finish() }
/// var chunk: [RecordPipeline.Entry] = []
/// while try pipeline.next(into: &chunk) {
///   for entry in chunk { … }
/// }
/// ```
final class RecordPipeline: @unchecked Sendable {
  /// What the reader made of one record.
  enum Outcome {
    /// The record as read, for the importing thread to settle (``RecordPipeline/settled(_:)-(Entry)``).
    case read(ReadRecord)
    /// The record after the checks: ready for the ledger to store, or refused with the reason.
    case settled(BoardRecordPreparation.Outcome)
  }

  /// One record's outcome and its place in the batch.
  struct Entry {
    var place: Int
    /// Where the record is in the file (`line 12`), for a refusal.
    var position: String
    var outcome: Outcome
  }

  /// Records per chunk.
  static let chunkSize = 256
  /// Chunks the reader may have ready before it waits for the importing thread.
  static let maximumChunks = 4

  // Everything below is guarded by `condition`, except `source`, which only the reading thread touches
  // once it has started, and `check` and `preparation`, which never change.
  private let condition = NSCondition()
  private let source: any RecordSource
  private let check: RecordCheck
  private let preparation: BoardRecordPreparation
  private var ready: [[Entry]] = []
  /// Chunks the importing thread is done with, for the reader to free.
  private var spent: [[Entry]] = []
  private var failure: ExchangeError?
  private var isReadingDone = false
  private var isCancelled = false

  /// Starts reading `source` on a thread of its own, checking each record with `check` and preparing
  /// it with `preparation` while the importing thread is behind.
  init(source: any RecordSource, check: RecordCheck, preparation: BoardRecordPreparation) {
    self.source = source
    self.check = check
    self.preparation = preparation
    let thread = Thread { [self] in read() }
    thread.name = "vigil-batch-reader"
    thread.start()
  }

  /// Replaces `chunk` (the records taken before, which the pipeline frees) with the next chunk, in
  /// order; false after the last, with `chunk` empty.
  ///
  /// - Throws: The ``ExchangeError`` the reader met, after every record it read before it.
  func next(into chunk: inout [Entry]) throws(ExchangeError) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    if !chunk.isEmpty {
      spent.append([])
      swap(&chunk, &spent[spent.count - 1])
    }
    while ready.isEmpty && !isReadingDone { condition.wait() }
    if !ready.isEmpty {
      condition.broadcast()
      swap(&chunk, &ready[0])
      ready.removeFirst()
      return true
    }
    if let failure { throw failure }
    return false
  }

  /// How many chunks wait for the importing thread.
  var queuedChunkCount: Int {
    condition.lock()
    defer { condition.unlock() }
    return ready.count
  }

  /// Stops the reader (when the import ends early) and waits until it has let go of the source; call
  /// it once the records are taken, whatever happened (a second call does nothing).
  func finish() {
    condition.lock()
    isCancelled = true
    condition.broadcast()
    while !isReadingDone { condition.wait() }
    ready.removeAll()
    spent.removeAll()
    condition.unlock()
  }

  /// The reading thread's work.
  private func read() {
    var chunk: [Entry] = []
    chunk.reserveCapacity(Self.chunkSize)
    var place = 0
    var failure: ExchangeError?
    do {
      while let read = try source.nextRecord() {
        place += 1
        chunk.append(Entry(place: place, position: read.position, outcome: .read(read)))
        if chunk.count == Self.chunkSize {
          guard hand(&chunk) else {
            chunk.removeAll()
            break
          }
          chunk.removeAll(keepingCapacity: true)
        }
      }
    } catch {
      failure = error
    }
    if !chunk.isEmpty { _ = hand(&chunk) }
    condition.lock()
    self.failure = failure
    isReadingDone = true
    condition.broadcast()
    condition.unlock()
  }

  /// An entry's record after the board's checks and the ledger's preparation, settled now if the
  /// reader handed it over as read: ready to store or refused.
  func settled(_ entry: Entry) -> BoardRecordPreparation.Outcome {
    switch entry.outcome {
    case .read(let read): settled(read)
    case .settled(let outcome): outcome
    }
  }

  /// A record read, after the board's checks and the ledger's preparation (on either thread).
  private func settled(_ read: ReadRecord) -> BoardRecordPreparation.Outcome {
    if let problem = check.problem(in: read) { return .refused(problem) }
    return preparation.prepare(read.record.boardRecord(hash: read.claimedHash))
  }

  /// Settles every record of `chunk`.
  private func settle(_ chunk: inout [Entry]) {
    for index in chunk.indices {
      guard case .read(let read) = chunk[index].outcome else { continue }
      chunk[index].outcome = .settled(settled(read))
    }
  }

  /// Queues a chunk (settled first when the importing thread is behind), waiting while the queue is
  /// full; false when the import was cancelled.
  private func hand(_ chunk: inout [Entry]) -> Bool {
    // A chunk still waiting means the importing thread is the slower side.
    if queuedChunkCount > 0 { settle(&chunk) }
    var freed: [[Entry]] = []
    condition.lock()
    defer {
      condition.unlock()
      freed.removeAll()  // outside the lock, on this thread
    }
    while ready.count >= Self.maximumChunks && !isCancelled { condition.wait() }
    swap(&freed, &spent)
    guard !isCancelled else { return false }
    ready.append(chunk)
    condition.broadcast()
    return true
  }
}
