import VigilBase

/// The one error type of VigilXML: a failure that stops it from working at all (as opposed to an
/// ``XMLIssue`` in a document).
public struct XMLError: UserFacingError, Sendable, Hashable {
  /// The kind of failure.
  public enum Code: String, Sendable, Hashable {
    /// A schema cannot be read or does not compile.
    case schemaUnusable = "schema-unusable"
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
