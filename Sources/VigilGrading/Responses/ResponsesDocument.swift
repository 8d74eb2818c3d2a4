/// A `vigil grade` responses file read strictly: one JSON object whose keys are question ids and
/// whose values are answers as strings, numbers or booleans.
///
/// `{"q01": "b", "q09": "a c", "q26": 233733, "q13": false}`
///
/// The reader is written for this shape only, so it can refuse what a general JSON decoder lets
/// through or words badly:
/// - a key given twice (a decoder keeps one value silently);
/// - an array, object or `null` as an answer (nesting is refused at its first bracket, so the
///   depth is always 1 however deep a hostile file nests);
/// - NUL bytes, invalid UTF-8, UTF-16 and UTF-32, raw control characters in strings, lone
///   surrogates in `\u` escapes, and text after the closing brace;
/// - files larger than ``maximumBytes``.
///
/// Numbers keep their exact text (`1e400`, `0.10`), so what is graded is what was written. A UTF-8
/// byte order mark at the start is allowed and skipped. Every error gives the line and column
/// (``TextPosition``) and, once inside the object, the JSON path of the answer.
public struct ResponsesDocument: Sendable, Hashable {
  /// One key and its answer, with where each was written.
  public struct Entry: Sendable, Hashable {
    /// The key (a question id), escapes resolved.
    public var key: String
    /// The answer.
    public var value: ResponsesValue
    /// Where the key's opening quote is.
    public var keyPosition: TextPosition
    /// Where the answer starts.
    public var valuePosition: TextPosition

    /// Creates an entry.
    public init(key: String, value: ResponsesValue, keyPosition: TextPosition, valuePosition: TextPosition) {
      self.key = key
      self.value = value
      self.keyPosition = keyPosition
      self.valuePosition = valuePosition
    }

    /// The JSON path of the answer: `$.q01`.
    public var path: String { ResponsesPath.path(of: key) }
  }

  /// The largest file read: 1 MiB (about 100,000 answers).
  public static let maximumBytes = 1 << 20

  /// The entries in the order written; no key occurs twice.
  public var entries: [Entry]

  /// Creates a document from entries.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// Reads a responses file from its bytes.
  ///
  /// - Throws: ``ResponsesDocumentError`` for the first problem found, with its position.
  public init(parsing bytes: [UInt8]) throws(ResponsesDocumentError) {
    guard bytes.count <= Self.maximumBytes else {
      throw ResponsesDocumentError(
        .tooLarge, at: nil,
        "the file is larger than \(Self.maximumBytes) bytes (1 MiB), the most a responses file may hold; "
          + "split it, or leave out answers that are not needed")
    }
    var parser = ResponsesDocumentParser(bytes)
    entries = try parser.document()
  }
}
