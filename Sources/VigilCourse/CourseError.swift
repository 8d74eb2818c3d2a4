import VigilBase

/// The one error type of VigilCourse: a failure that stops it from working at all.
///
/// Problems inside course files are not errors but ``VigilBase/Diagnostic`` values.
public struct CourseError: UserFacingError, Sendable, Hashable {
  /// The kind of failure.
  public enum Code: String, Sendable, Hashable {
    /// The course schema cannot be compiled.
    case schemaUnusable = "schema-unusable"
    /// A path the user named does not exist or is not a course package.
    case notFound = "not-found"
    /// A course package has errors and cannot be used.
    case invalidPackage = "invalid-package"
    /// The course has no quiz of that id, or several quizzes and none was chosen.
    case quizNotFound = "quiz-not-found"
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
