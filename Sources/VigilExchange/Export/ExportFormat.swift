/// The formats `vigil export` writes.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
  /// RFC 4180 CSV with a header row, every cell neutralised against formula injection.
  case csv
  /// The XML completion batch of `Schemas/completion-batch.xsd`, with the provider's signed head.
  case xml
  /// JSON Lines: one record per line.
  case jsonl

  /// The file name extension users expect.
  public var fileExtension: String { rawValue }
}
