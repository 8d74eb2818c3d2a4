import VigilBase

/// The one error type of VigilEngine: what stops a session from being run against the ledger.
public struct EngineError: UserFacingError, Sendable, Hashable {
  /// The kind of failure.
  public enum Code: String, Sendable, Hashable {
    /// The quiz cannot be assembled (a course the validator would have refused).
    case quizUnusable = "quiz-unusable"
    /// The ledger holds something the session cannot use (an attempt it did not start).
    case inconsistent
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
