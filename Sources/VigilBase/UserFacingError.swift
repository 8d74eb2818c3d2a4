/// An error that Vigil shows to a person: one line that says what is wrong and what to do about it.
///
/// Each module has one error type that conforms, with a code callers can match; the `vigil` command
/// maps every such error to its message and an exit status in one place.
public protocol UserFacingError: Error, CustomStringConvertible {
  /// What is wrong and how to fix it, in one line.
  var message: String { get }
  /// A short stable name of the kind of failure, e.g. `not-a-ledger`, for logs and JSON output.
  var codeName: String { get }
}

extension UserFacingError {
  public var description: String { message }
}
