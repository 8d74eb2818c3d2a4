import Foundation

/// Pretty, key-sorted JSON for `--format json` output.
enum JSONOutput {
  /// The document as JSON text followed by a line break.
  ///
  /// - Throws: ``CommandError`` when the document cannot be encoded (a number JSON cannot hold), rather
  ///   than printing a document that says nothing.
  static func encode(_ document: some Encodable) throws(CommandError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    } catch {
      throw CommandError(.outputFailed, "cannot write the report as JSON (\(error)); use --format text")
    }
  }
}
