import GRDB

extension LedgerError {
  /// The error for a file that is not a ledger or is damaged.
  static func notALedger(_ path: String) -> LedgerError {
    LedgerError(
      .notALedger,
      "the ledger at \(path) is not a Vigil ledger (or is damaged); restore it from a backup made with "
        + "`vigil ledger backup`, or pass --home with the right folder")
  }

  /// Runs `body`, turning any error it throws into a ``LedgerError`` about the ledger at `path`.
  static func mapping<T>(path: String, _ body: () throws -> T) throws(LedgerError) -> T {
    do {
      return try body()
    } catch {
      throw mapping(error, path: path)
    }
  }

  /// Turns any error into a ``LedgerError`` about the ledger at `path`.
  ///
  /// A ``Code-swift.struct/damaged`` result (SQLite reporting a corrupt file, a stored value no ledger
  /// can hold) is also recorded beside the ledger (``RefusalMarker``), so later writes are refused.
  static func mapping(_ error: any Error, path: String) -> LedgerError {
    let mapped: LedgerError
    switch error {
    case let error as LedgerError: mapped = error
    case let error as DatabaseError: mapped = LedgerError(databaseError: error, path: path)
    default: mapped = LedgerError(.storage, "the ledger at \(path) failed: \(error)")
    }
    if mapped.code == .damaged { RefusalMarker.record(ledger: path, reason: mapped.message) }
    return mapped
  }

  /// Describes an SQLite error in the user's terms.
  init(databaseError error: DatabaseError, path: String) {
    let detail = error.message ?? "\(error.resultCode)"
    switch error.resultCode {
    case .SQLITE_NOTADB, .SQLITE_CORRUPT:
      self = .damagedFile(path, "SQLite reports: \(detail)")
    case .SQLITE_READONLY, .SQLITE_PERM:
      self = .readOnly(path)
    case .SQLITE_CANTOPEN:
      self.init(
        .cannotOpen,
        "cannot open the ledger at \(path): check that its folder exists and is writable, or pass --home")
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      self.init(
        .busy,
        "the ledger at \(path) stayed locked by another process for \(Int(LedgerConnection.busyTimeoutSeconds)) s; "
          + "try again when it has finished")
    case .SQLITE_FULL:
      self.init(.storage, "the disk holding the ledger at \(path) is full; free some space and try again")
    default:
      self.init(.storage, "the ledger at \(path) failed: \(detail)")
    }
  }
}
