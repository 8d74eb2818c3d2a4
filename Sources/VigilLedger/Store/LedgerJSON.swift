import Foundation

/// JSON for the columns that keep a grading value whole (realised order, response, grade).
enum LedgerJSON {
  /// One encoder for every write (JSONEncoder is thread-safe; making one per value costs more than
  /// encoding a response).
  private static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// Encodes with sorted keys, so the same value always gives the same text.
  static func encode(_ value: some Encodable) throws(LedgerError) -> String {
    do {
      return String(decoding: try encoder.encode(value), as: UTF8.self)
    } catch {
      throw .invalid("a value cannot be stored as JSON: \(error)")
    }
  }

  /// One decoder for every read, for the same reason.
  static let decoder = JSONDecoder()

  /// Decodes a stored value.
  ///
  /// - Parameter place: Where the text came from, for the error message (e.g. `attempts row 3`).
  static func decode<Value: Decodable>(_ type: Value.Type, _ text: String, in place: String) throws(LedgerError)
    -> Value
  {
    do {
      return try decoder.decode(type, from: Data(text.utf8))
    } catch {
      throw .damaged("\(place) holds JSON that does not decode as \(type)")
    }
  }
}
