import Foundation
import VigilBase

/// Lists of ids stored as JSON arrays of strings (license attributes, credit topics).
enum JSONStrings {
  /// The canonical text of a set: sorted, no spaces, e.g. `["direct-patient-care","emergency-room"]`.
  static func encode(_ values: Set<String>) -> String {
    guard !values.isEmpty else { return "[]" }
    var bytes: [UInt8] = []
    append(sortedUniqueValues: values.count == 1 ? Array(values) : values.sorted(), to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the text ``encode(_:)`` gives values already sorted, without repeats, to `bytes` (UTF-8).
  static func append(sortedUniqueValues sorted: [String], to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "["))
    for (index, value) in sorted.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      CanonicalJSON.appendString(value, to: &bytes)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Reads a stored list back.
  ///
  /// - Parameter place: Where the text came from, for the error message (e.g. `credits row 3`).
  static func decode(_ text: String, in place: @autoclosure () -> String) throws(LedgerError) -> [String] {
    if let values = decodeWithoutEscapes(text) { return values }
    guard let values = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
      throw LedgerError.damaged("\(place()) holds \(Echo.quoted(text)), which is not a list of ids")
    }
    return values
  }

  /// The fast path for what ``encode(_:)`` writes: `[]` or `["a","b"]` with no escapes or spaces;
  /// nil for anything else.
  private static func decodeWithoutEscapes(_ text: String) -> [String]? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 2, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]"),
      !bytes.contains(UInt8(ascii: "\\"))
    else { return nil }
    guard bytes.count > 2 else { return [] }
    var values: [String] = []
    for item in bytes[1..<(bytes.count - 1)].split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
      guard item.count >= 2, item.first == UInt8(ascii: "\""), item.last == UInt8(ascii: "\""),
        !item.dropFirst().dropLast().contains(UInt8(ascii: "\""))
      else { return nil }
      values.append(String(decoding: item.dropFirst().dropLast(), as: UTF8.self))
    }
    return values
  }
}
