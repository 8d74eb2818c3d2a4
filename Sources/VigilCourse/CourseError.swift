/// An error that stops VigilCourse from working at all, such as a missing schema.
///
/// Problems inside course files are not errors but ``Diagnostic`` values.
public struct CourseError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong and what to do about it.
  public var message: String

  /// Creates an error.
  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
