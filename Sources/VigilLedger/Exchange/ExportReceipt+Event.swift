import Foundation
import VigilBase

extension ExportReceipt {
  /// Reads a receipt back from its `batch.exported/1` event's body.
  init(eventBody body: String) throws(LedgerError) {
    func damaged() -> LedgerError { .damaged("a batch.exported event is not one Vigil writes") }
    guard let event = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
      let data = event["data"] as? [String: Any], let board = data["board"] as? String,
      let digest = data["digest"] as? String, let exportedAt = data["exportedAt"] as? Int,
      let format = data["format"] as? String, let headText = data["head"] as? String,
      let records = data["records"] as? Int
    else { throw damaged() }
    func day(_ key: String) throws(LedgerError) -> CalendarDate? {
      guard let text = data[key] as? String else { return nil }
      guard let date = CalendarDate(text) else { throw damaged() }
      return date
    }
    self.init(
      board: board, format: format, from: try day("from"), through: try day("through"),
      head: try ChainHead(parsing: headText), records: records, digest: digest, exportedAt: Int64(exportedAt))
  }
}
