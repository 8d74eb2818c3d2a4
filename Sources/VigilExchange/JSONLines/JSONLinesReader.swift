import VigilBase
import VigilSigning

/// Reads Vigil's JSON Lines records one line at a time: each line a JSON object with every field of a
/// record and its `hash`, and nothing else; a line over ``maximumLineBytes`` or of invalid UTF-8 is
/// refused with its number.
public final class JSONLinesReader: RecordSource {
  /// The longest line read, in bytes.
  public static let maximumLineBytes = 64 * 1024

  /// A UTF-8 byte order mark.
  private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// JSON Lines carry no header.
  public let header: BatchHeader? = nil
  private var lines: LineReader
  private let path: String

  /// Opens a file of records.
  ///
  /// - Parameter observer: Called with every chunk of the file as it is read, in order; nil for none.
  /// - Throws: ``ExchangeError/Code/unreadable`` when it cannot be opened.
  public init(path: String, observer: ((UnsafeRawBufferPointer) -> Void)? = nil) throws(ExchangeError) {
    self.path = path
    lines = try LineReader(path: path, maximumLineBytes: Self.maximumLineBytes, observer: observer)
  }

  /// The next record, or nil at the end of the file.
  public func nextRecord() throws(ExchangeError) -> ReadRecord? {
    while let line = try lines.next() {
      // A UTF-8 byte order mark before the first line (editors and spreadsheets write one) is not JSON.
      var bytes = line.bytes[...]
      if line.number == 1, bytes.starts(with: Self.byteOrderMark) { bytes = bytes.dropFirst(3) }
      if bytes.isEmpty { continue }
      let position = "line \(line.number)"
      let value: JSONValue
      do {
        value = try StrictJSONParser.parse(Array(bytes))
      } catch {
        throw ExchangeError(.malformed, "\(path):\(line.number): not JSON (\(error.reason))")
      }
      guard case .object(let object) = value else {
        throw ExchangeError(.malformed, "\(path):\(line.number): a record is a JSON object, not \(value.kindName)")
      }
      return try RecordFields(object: object, position: "\(path):\(line.number)").read(position: position)
    }
    return nil
  }
}
