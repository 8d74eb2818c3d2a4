import Foundation
import Testing
import VigilLedger

/// A board's ledger is made with 64 KiB pages, a learner's with SQLite's 4 KiB, and a ledger keeps the
/// page size it was made with; the size is read from the file's header (bytes 16–17, where 1 stands
/// for 65,536), not from SQLite.
@Suite struct LedgerPageSizeTests {
  private func pageSize(_ path: String) throws -> Int {
    let header = try #require(FileManager.default.contents(atPath: path)).prefix(100)
    let raw = Int(header[header.startIndex + 16]) << 8 | Int(header[header.startIndex + 17])
    return raw == 1 ? 65_536 : raw
  }

  /// A closed board ledger (its log checkpointed into the file) holding `count` imported records, one
  /// license each.
  private func boardLedger(records count: Int) throws -> LedgerFixture {
    let fixture = LedgerFixture()
    let ledger = try fixture.open(mode: .createForBoard)
    try ledger.trustProvider(name: "acme-ce", keys: BoardFixture.keys())
    let records = (1...count).map { BoardFixture.record("r\($0)", number: String(100_000 + $0)) }
    #expect(try ledger.importBatch(BoardFixture.batch(), records: records) == .imported(batchID: 1, added: count, unchanged: 0))
    return fixture
  }

  @Test func aBoardsLedgerHasLargePagesAndALearnersTheDefault() throws {
    let board = LedgerFixture()
    try board.open(mode: .createForBoard).trustProvider(name: "acme-ce", keys: BoardFixture.keys())
    #expect(try pageSize(board.path) == 65_536)
    #expect(Ledger.boardPageSize == 65_536)
    let learners = LedgerFixture()
    try learners.open(mode: .create).addLearner(name: "Ana Ruiz")
    #expect(try pageSize(learners.path) == 4_096)
  }

  @Test func anExistingLedgerKeepsItsPageSize() throws {
    let fixture = LedgerFixture()
    try fixture.open(mode: .create).addLearner(name: "Ana Ruiz")
    try fixture.open(mode: .createForBoard).trustProvider(name: "acme-ce", keys: BoardFixture.keys())
    #expect(try pageSize(fixture.path) == 4_096)
  }

  /// The checks that read pages straight from the file (the check for damage each writing open makes
  /// once the log is empty, the file check, verification) hold on large pages.
  @Test func aBoardsLedgerWithRecordsChecksIntact() throws {
    let fixture = try boardLedger(records: 300)
    let reopened = try fixture.open(mode: .existing)
    #expect(try reopened.verify().isIntact)
    #expect(try reopened.checkFile().isSound)
    #expect(try reopened.boardRecords(for: LicenseKey(parsing: "tx-bon:RN:100007")).count == 1)
  }

  /// A table root on 64 KiB pages whose first child points at another b-tree (an index's root) is
  /// refused by the check before a write, as on 4 KiB pages: the children read at each end include it.
  @Test func aLargePageRootsWrongChildIsRefusedBeforeAWrite() throws {
    let fixture = try boardLedger(records: 600)
    let root = try #require(Int(try fixture.sqlite("SELECT rootpage FROM sqlite_master WHERE name = 'board_records'")
      .trimmingCharacters(in: .whitespacesAndNewlines)))
    let index = try #require(Int(try fixture.sqlite("SELECT rootpage FROM sqlite_master WHERE name = 'board_records_by_hash'")
      .trimmingCharacters(in: .whitespacesAndNewlines)))
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixture.path)))
    let page = (root - 1) * 65_536
    try #require(bytes[page] == 5, "board_records' root is not an interior table page: add records")
    let cell = page + (Int(bytes[page + 12]) << 8 | Int(bytes[page + 13]))
    for (offset, byte) in withUnsafeBytes(of: UInt32(index).bigEndian, Array.init).enumerated() {
      bytes[cell + offset] = byte
    }
    try Data(bytes).write(to: URL(fileURLWithPath: fixture.path))
    let error = #expect(throws: LedgerError.self) { try fixture.open(mode: .existing) }
    #expect(error?.code == .damaged, "\(String(describing: error))")
    #expect(error?.message.contains("is not a page of the same b-tree") == true, "\(String(describing: error))")
  }
}
