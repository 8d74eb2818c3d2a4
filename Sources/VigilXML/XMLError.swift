/// An error that stops VigilXML from working at all (as opposed to an ``XMLIssue`` in a document).
public struct XMLError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong and what to do about it.
  public var message: String

  /// Creates an error.
  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
