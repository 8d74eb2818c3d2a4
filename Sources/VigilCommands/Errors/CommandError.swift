import VigilBase

/// The one error type of the `vigil` command itself (as opposed to the libraries it calls): a bad
/// argument, a file it cannot read, output it cannot write.
struct CommandError: UserFacingError {
  /// The kind of failure.
  enum Code: String {
    /// An argument or option is wrong in a way argument parsing cannot see.
    case usage
    /// A file or folder the user named does not exist or cannot be read.
    case notFound = "not-found"
    /// Standard output or an output file cannot be written (a full disk, a closed pipe).
    case outputFailed = "output-failed"
  }

  /// The kind of failure.
  var code: Code
  /// What went wrong and what to do about it.
  var message: String

  init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  var codeName: String { code.rawValue }
}

/// Thrown by a command that has printed its report of problems (an invalid package, a failed
/// verification): the command exits 1 and prints nothing more.
struct ProblemsFound: Error {}
