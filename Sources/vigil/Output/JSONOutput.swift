import Foundation

/// Pretty, key-sorted JSON for `--format json` output.
enum JSONOutput {
  /// The document as JSON text followed by a line break.
  static func encode(_ document: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return ((try? encoder.encode(document)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
  }
}
