import Crypto
import Testing
import VigilLedger

/// The `records.imported/1` events a batch import writes: one per 1,000 rows, each committing to its
/// rows by SHA-256 over `"<id> <hash>\n"` for each row in id order, recomputed here from the rows the
/// sqlite3 shell reads back.
@Suite struct ImportedRangeDigestTests {
  @Test func eachRangeCommitsToItsRowsIdsAndHashes() throws {
    let fixture = LedgerFixture()
    let ledger = try fixture.open(mode: .createForBoard)
    try ledger.trustProvider(name: "acme-ce", keys: BoardFixture.keys())
    // 1,005 rows: a full range of 1,000 and one of 5, with ids past 9, 99 and 999.
    let records = (0..<1_005).map { BoardFixture.record("r\($0)", number: String(100_000 + $0)) }
    #expect(try ledger.importBatch(BoardFixture.batch(), records: records) == .imported(batchID: 1, added: 1_005, unchanged: 0))

    let rows = try fixture.sqlite("SELECT id || ' ' || hash FROM board_records ORDER BY id")
      .split(separator: "\n").map { String($0) + "\n" }
    #expect(rows.count == 1_005)
    func digest(_ lines: ArraySlice<String>) -> String {
      var hasher = SHA256()
      for line in lines { hasher.update(data: Array(line.utf8)) }
      return hasher.finalize().map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
    let events = try fixture.sqlite(
      """
      SELECT key, json_extract(body, '$.data.first'), json_extract(body, '$.data.last'),
        json_extract(body, '$.data.count'), json_extract(body, '$.data.digest')
      FROM events WHERE kind = 'records.imported/1' ORDER BY seq
      """
    ).split(separator: "\n").map(String.init)
    #expect(
      events == [
        "batch/1/records/1-1000|1|1000|1000|\(digest(rows[0..<1_000]))",
        "batch/1/records/1001-1005|1001|1005|5|\(digest(rows[1_000...]))",
      ])
    #expect(try ledger.verify().isIntact)
  }
}
