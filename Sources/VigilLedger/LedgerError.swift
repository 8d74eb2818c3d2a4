import VigilBase
/// The one error type of VigilLedger: what went wrong, in a sentence that says what to do about it.
///
/// ``code`` lets callers branch (a command maps ``Code/notFound`` and ``Code/invalidValue`` to a usage
/// error, for instance); ``message`` is the one line to show the user. New codes may be added, so
/// switch over ``code`` with a default.
public struct LedgerError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kind of failure.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: String, Hashable, Sendable {
      case notALedger = "not-a-ledger"
      case newerLedger = "newer-ledger"
      case noLedger = "no-ledger"
      case cannotOpen = "cannot-open"
      case cannotWrite = "cannot-write"
      case busy
      case notFound = "not-found"
      case invalidValue = "invalid-value"
      case duplicate
      case conflict
      case attemptClosed = "attempt-closed"
      case backupFailed = "backup-failed"
      case storage
      case damaged
      case refused
      case cannotIssue = "cannot-issue"
      case unchanged
      case superseded
      case revoked
    }

    private let kind: Kind

    /// The file is not a Vigil ledger (another program's file, or not SQLite at all).
    public static let notALedger = Code(kind: .notALedger)
    /// The ledger was written by a newer Vigil whose schema this one does not know.
    public static let newerLedger = Code(kind: .newerLedger)
    /// There is no ledger at the path and the operation does not create one.
    public static let noLedger = Code(kind: .noLedger)
    /// The ledger file or its folder cannot be opened or created.
    public static let cannotOpen = Code(kind: .cannotOpen)
    /// The ledger is read-only (file or folder permissions, a read-only disk).
    public static let cannotWrite = Code(kind: .cannotWrite)
    /// Another process held the ledger locked for longer than the busy timeout.
    public static let busy = Code(kind: .busy)
    /// A learner, license or attempt that the operation names does not exist.
    public static let notFound = Code(kind: .notFound)
    /// A value is malformed (a date, a license key, an email address, an empty name…).
    public static let invalidValue = Code(kind: .invalidValue)
    /// The record already exists (a license with the same board, type and number).
    public static let duplicate = Code(kind: .duplicate)
    /// A repeated write differs from what was stored first under the same key.
    public static let conflict = Code(kind: .conflict)
    /// The attempt is finished and takes no more responses.
    public static let attemptClosed = Code(kind: .attemptClosed)
    /// A backup could not be written or did not verify.
    public static let backupFailed = Code(kind: .backupFailed)
    /// SQLite reported an error the ledger does not expect (a full disk, an I/O error).
    public static let storage = Code(kind: .storage)
    /// The ledger is damaged: an empty or cut-short file, a broken page, a value no ledger can hold.
    /// Vigil records the finding beside the ledger and refuses writes (``refused``) until the user acts.
    public static let damaged = Code(kind: .damaged)
    /// The ledger was found damaged earlier (see ``damaged``) and takes no writes until a backup is
    /// restored and `vigil ledger verify` passes, or the `ledger.sqlite.refused` file beside it is deleted.
    public static let refused = Code(kind: .refused)
    /// A completion's certificates could not be issued (no signed checkpoint to carry, or the issuer
    /// refused); nothing of the transaction was stored.
    public static let cannotIssue = Code(kind: .cannotIssue)
    /// Nothing would change (a certificate re-issued for the name it already prints).
    public static let unchanged = Code(kind: .unchanged)
    /// The certificate was superseded by a re-issue: act on the completion's current certificate instead.
    public static let superseded = Code(kind: .superseded)
    /// The certificate was revoked, for good: it is not re-issued.
    public static let revoked = Code(kind: .revoked)

    /// A short stable name, e.g. `not-a-ledger`, for JSON output and logs.
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

  public var description: String { message }
}

extension LedgerError {
  /// A value the caller passed is malformed.
  static func invalid(_ message: String) -> LedgerError { LedgerError(.invalidValue, message) }

  /// A record the caller named does not exist.
  static func notFound(_ message: String) -> LedgerError { LedgerError(.notFound, message) }
}

extension LedgerError {
  /// A stored row no longer makes sense (edited behind the ledger's back, or a damaged file).
  static func damaged(_ detail: String) -> LedgerError {
    LedgerError(
      .damaged,
      "the ledger is damaged: \(detail); run `vigil ledger verify`, and restore from a backup made with "
        + "`vigil ledger backup`")
  }
}

extension LedgerError {
  /// The ledger file at `path` is damaged; says why and how to recover.
  static func damagedFile(_ path: String, _ reason: String) -> LedgerError {
    LedgerError(
      .damaged,
      "the ledger at \(path) is damaged (\(reason)); Vigil will not write to it: restore it from a backup made "
        + "with `vigil ledger backup` while no vigil runs, then run `vigil ledger verify`")
  }

  /// The ledger at `path` can only be read (the file's or the folder's permissions, a read-only disk).
  static func readOnly(_ path: String) -> LedgerError {
    LedgerError(
      .cannotWrite,
      "the ledger at \(path) is read-only: check the permissions of the file and its folder, or pass --home "
        + "with a writable folder")
  }

  /// A symbolic link where the ledger should be.
  static func symbolicLink(_ path: String) -> LedgerError {
    LedgerError(
      .cannotOpen,
      "\(path) is a symbolic link; Vigil does not follow links to its ledger: move the ledger file itself "
        + "there, or pass its real folder as --home")
  }
}

extension LedgerError: UserFacingError {
  /// The code's stable name, e.g. `not-a-ledger`.
  public var codeName: String { code.description }
}
