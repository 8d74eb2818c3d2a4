import VigilBase

/// The one error type of VigilBoards: a failure that stops it from working at all.
///
/// Problems inside board files are not errors but ``VigilBase/Diagnostic`` values.
public struct BoardError: UserFacingError, Sendable, Hashable {
  /// The kind of failure.
  public enum Code: String, Sendable, Hashable {
    /// The board schema cannot be compiled.
    case schemaUnusable = "schema-unusable"
    /// No board files where the user pointed, or none for the board asked for.
    case notFound = "not-found"
    /// A board file has errors and cannot be used.
    case invalidBoard = "invalid-board"
    /// A license, credit or value does not fit the board (another board's license, an unknown type).
    case mismatch
  }

  /// The kind of failure.
  public var code: Code
  /// What went wrong and what to do about it.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  public var codeName: String { code.rawValue }
}
