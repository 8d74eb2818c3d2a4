/// An error that stops VigilBoards from working at all: a missing schema, a board folder that cannot be
/// used, or a license given to the wrong board.
///
/// Problems inside board files are not errors but ``VigilCourse/Diagnostic`` values.
public struct BoardError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong and what to do about it.
  public var message: String

  /// Creates an error.
  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
