import VigilBase

/// The one error type of VigilExchange: what went wrong exporting, reading or importing completion
/// records, in one line that says what to do about it.
///
/// ``isRefusal`` tells input the work refused (a batch that does not verify, a bad record: exit 1)
/// from a usage or environment error (exit 2).
public struct ExchangeError: UserFacingError, Sendable, Hashable {
  /// The kind of failure.
  public enum Code: String, Sendable, Hashable, CaseIterable {
    /// A file that is not in the format it claims: broken CSV quoting, bad JSON or XML, invalid UTF-8,
    /// a missing or unknown column.
    case malformed
    /// A file, record or field is larger than its limit.
    case tooLarge = "too-large"
    /// A record that breaks a rule: a field missing or out of range, a hash that does not match.
    case invalidRecord = "invalid-record"
    /// The batch's signature does not verify, or its signer is not trusted.
    case untrusted
    /// The batch contradicts what was imported before, or a provider's history was rewritten.
    case conflict
    /// An option or argument that cannot be used (an unknown format, dates out of order).
    case usage
    /// A file cannot be opened or read (missing, a folder, no permission).
    case unreadable
    /// Output cannot be written (a full disk, a closed pipe, a missing folder).
    case outputFailed = "output-failed"
    /// The ledger cannot be read or written.
    case storage
  }

  /// The kind of failure.
  public var code: Code
  /// What went wrong and what to do about it, in one line.
  public var message: String

  /// Creates an error.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// The code's stable name, e.g. `invalid-record`.
  public var codeName: String { code.rawValue }

  /// Whether the error is input the work refused (exit 1), not a usage or environment error (exit 2).
  public var isRefusal: Bool {
    switch code {
    case .malformed, .tooLarge, .invalidRecord, .untrusted, .conflict: true
    case .usage, .unreadable, .outputFailed, .storage: false
    }
  }
}
