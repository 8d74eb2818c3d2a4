import ArgumentParser
import VigilBase
import VigilCredentials
import VigilExchange

#if canImport(Glibc)
  import Glibc
#endif

/// The one place that turns an error into what the user sees and the exit status, as argument-parser's
/// `MessageInfo` does for parsing errors.
///
/// | error | printed | exit |
/// |---|---|---|
/// | ``ProblemsFound`` (the command printed its report) | nothing more | 1 |
/// | a ``VigilCredentials/CredentialError`` for a certificate that does not verify | `error: <message>` | 1 |
/// | a ``VigilExchange/ExchangeError`` refusing an input (a malformed file, a bad record, a batch that does not verify) | `error: <message>` | 1 |
/// | any ``UserFacingError`` (every module's error type) | `error: <message>` | 2 |
/// | argument-parser's help and version requests | the help or version | 0 |
/// | argument-parser's parsing errors | its message and usage | 2 |
/// | anything else (a bug) | `error: internal error: …` | 2 |
enum ErrorReport {
  /// Exit 0: success.
  static let success: Int32 = 0
  /// Exit 1: the work found problems (an invalid package, a failed verification).
  static let problemsFound: Int32 = 1
  /// Exit 2: a usage or environment error (a bad flag, a missing file, an unusable ledger).
  static let usageError: Int32 = 2

  /// Prints what the user should see for `error` and ends the process with its exit status.
  static func exit(for error: any Error) -> Never {
    let (message, status) = describe(error)
    if let message, !message.isEmpty {
      let output = status == success ? FileHandleOutput.standardOutput : FileHandleOutput.standardError
      try? output.write(message.hasSuffix("\n") ? message : message + "\n")
    }
    Glibc.exit(status)
  }

  /// The message (nil for none) and the exit status for an error.
  static func describe(_ error: any Error) -> (message: String?, status: Int32) {
    switch error {
    case is ProblemsFound:
      return (nil, problemsFound)
    // A message may repeat a path or a value as the user gave it: its control characters are escaped
    // here, whatever its author did, so it cannot drive the terminal.
    case let error as CredentialError where error.isVerificationFailure:
      return ("error: " + Echo.lines(error.message), problemsFound)
    case let error as ExchangeError where error.isRefusal:
      return ("error: " + Echo.lines(error.message), problemsFound)
    case let error as any UserFacingError:
      return ("error: " + Echo.lines(error.message), usageError)
    default:
      let code = VigilCommand.exitCode(for: error)
      if code == .success { return (VigilCommand.fullMessage(for: error), success) }
      // argument-parser answers `.failure` for errors it does not know: a library error that escaped
      // is a bug, reported as such and never as exit 1 ("problems found").
      guard code == .validationFailure else {
        return ("error: internal error (\(Echo.safe(String(describing: error), limit: 200))); please report it", usageError)
      }
      // argument-parser repeats a value it refused as typed: escaped like every other message.
      return (Echo.lines(VigilCommand.fullMessage(for: error)), usageError)
    }
  }
}
