/// The formats `vigil export` writes.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
  /// RFC 4180 CSV with a header row, every cell neutralised against formula injection.
  case csv
  /// The XML completion batch of `Schemas/completion-batch.xsd`, with the provider's signed head.
  case xml
  /// JSON Lines: one record per line.
  case jsonl
  /// xAPI 1.0.3 statements, one per line (JSON Lines): `completed` and `passed` for each completion,
  /// `voided` for each revocation.
  case xapi
  /// CE Broker's roster layout (columns A to J), as CSV without a header row.
  case ceBrokerCSV = "cebroker-csv"

  /// The file name extension users expect.
  public var fileExtension: String {
    switch self {
    case .csv, .ceBrokerCSV: "csv"
    case .xml: "xml"
    case .jsonl, .xapi: "jsonl"
    }
  }
}
