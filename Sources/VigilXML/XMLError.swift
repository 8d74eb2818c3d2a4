import VigilBase

/// The one error type of VigilXML: a failure that stops it from working at all (as opposed to an
/// ``XMLIssue`` in a document).
public struct XMLError: UserFacingError, Sendable, Hashable {
  /// The kind of failure.
  public enum Code: String, Sendable, Hashable {
    /// A schema cannot be read or does not compile.
    case schemaUnusable = "schema-unusable"
    /// A file cannot be opened or read.
    case unreadable
    /// A streamed document is not well-formed, breaks its schema or a limit; the message says where.
    case malformed
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
