import VigilBase

/// The one error type of VigilExchange: what is wrong with an exchange file or what could not be
/// done with it, in one line that says what to do.
///
/// ``code`` lets callers branch; ``isRefusal`` tells an input that was refused (exit status 1: the file
/// has problems) from a usage or environment error (exit status 2). New codes may be added, so switch
/// over ``code`` with a default.
public struct ExchangeError: Error, Sendable, Hashable, UserFacingError {
  /// The kind of failure.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String, Hashable, Sendable {
      case unreadable
      case tooLarge = "too-large"
      case malformed
      case invalidRecord = "invalid-record"
      case outputFailed = "output-failed"
    }

    private let kind: Kind

    /// A file cannot be opened or read (missing, a folder, no permission).
    public static let unreadable = Code(kind: .unreadable)
    /// A file, record or field is larger than its limit.
    public static let tooLarge = Code(kind: .tooLarge)
    /// A file is not what its format says: broken CSV quoting, invalid UTF-8, a missing or unknown column.
    public static let malformed = Code(kind: .malformed)
    /// A record is well formed but a value in it is wrong (a date that does not exist, an unknown board).
    public static let invalidRecord = Code(kind: .invalidRecord)
    /// Output cannot be written (a full disk, a closed pipe).
    public static let outputFailed = Code(kind: .outputFailed)

    /// A short stable name, e.g. `too-large`.
    public var description: String { kind.rawValue }
  }

  /// The kind of failure.
  public var code: Code
  /// One line for the user: what is wrong and how to fix it.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// Whether the input was refused because of what it holds (exit status 1), rather than a usage or
  /// environment problem (exit status 2).
  public var isRefusal: Bool { code == .tooLarge || code == .malformed || code == .invalidRecord }

  /// The code's stable name.
  public var codeName: String { code.description }
}
