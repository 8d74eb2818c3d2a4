import VigilBase

/// Why a responses file cannot be read: where (line and column, and the JSON path when known),
/// what is wrong and how to put it right.
public struct ResponsesDocumentError: UserFacingError, Sendable, Hashable {
  /// What kind of problem it is, for callers and tests to match.
  public enum Code: String, Sendable, Hashable, CaseIterable {
    /// The file holds nothing but white space.
    case empty
    /// The file is larger than ``ResponsesDocument/maximumBytes``.
    case tooLarge
    /// The file is UTF-16 or UTF-32 (a byte order mark says so).
    case notUTF8Encoding = "wrong-encoding"
    /// A byte sequence that is not UTF-8.
    case invalidUTF8 = "invalid-utf8"
    /// A NUL byte: a binary file, or text saved as UTF-16.
    case nulByte = "nul-byte"
    /// The file is JSON but not an object (an array, a string, …).
    case notAnObject = "not-an-object"
    /// An answer that is an array or an object.
    case nestedValue = "nested-value"
    /// An answer that is `null`.
    case nullValue = "null-value"
    /// A key given twice.
    case duplicateKey = "duplicate-key"
    /// A malformed backslash escape, or a `\u` escape that is a lone surrogate.
    case invalidEscape = "invalid-escape"
    /// A raw control character inside a string.
    case controlCharacter = "control-character"
    /// A number that JSON does not allow (`01`, `1.`, `+1`, `.5`).
    case invalidNumber = "invalid-number"
    /// Text after the closing brace.
    case trailingText = "trailing-text"
    /// The file ends inside the object or a string.
    case unexpectedEnd = "unexpected-end"
    /// Any other character where JSON does not allow it.
    case syntax
  }

  /// What kind of problem it is.
  public var code: Code
  /// Where it is; `nil` for the file as a whole (too large).
  public var position: TextPosition?
  /// The JSON path of the answer concerned (`$.q01`), or `$` for the file.
  public var path: String
  /// What is wrong and how to put it right, in lower case.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, at position: TextPosition?, path: String = "$", _ message: String) {
    self.code = code
    self.position = position
    self.path = path
    self.message = message
  }

  /// The code's stable name, e.g. `duplicate-key`.
  public var codeName: String { code.rawValue }

  /// `line:column: path: message`.
  public var description: String {
    (position.map { "\($0): " } ?? "") + "\(path): \(message)"
  }
}
