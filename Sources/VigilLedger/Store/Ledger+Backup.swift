import Foundation
import GRDB

extension Ledger {
  /// Copies the ledger to `destination` with SQLite's online backup API, then opens the copy and
  /// verifies it before it takes the destination's name.
  ///
  /// Other processes may keep using the ledger meanwhile; the copy is one consistent state. The copy
  /// is written beside the destination under a temporary name and renamed into place only once it
  /// verifies, so an interrupted backup never leaves a half-written file under `destination`.
  ///
  /// - Parameters:
  ///   - destination: The backup file's path.
  ///   - replacing: Whether an existing file at `destination` may be replaced.
  /// - Returns: The copy's verification report (always intact).
  /// The copy is a regular file, `0600`; a destination that exists and is not a regular file (a
  /// device, a FIFO, a socket, a symbolic link, a folder) is refused whatever `replacing` says. The
  /// provider's signing key (`keys/` in the home) is not part of the copy.
  ///
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/invalidValue`` (the destination
  ///   exists, is not a regular file, or is the ledger itself) or ``LedgerError/Code-swift.struct/backupFailed`` (the copy
  ///   could not be written, or it does not verify, e.g. because the ledger itself does not).
  @discardableResult
  public func backup(to destination: String, replacing: Bool = false) throws(LedgerError) -> ChainReport {
    let source = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    let target = URL(fileURLWithPath: destination).standardizedFileURL.resolvingSymlinksInPath().path
    guard source != target else { throw .invalid("\(destination) is the ledger itself; back it up to another file") }
    switch FileProtection.entry(at: destination) {
    case .missing: break
    case .unreachable(let reason): throw .invalid("cannot reach \(destination) (\(reason)); check the folder's permissions")
    case .regular: guard replacing else { throw .invalid("\(destination) already exists; pass --force to replace it") }
    case .directory: throw .invalid("\(destination) is a folder; name the backup file inside it")
    case .symbolicLink:
      throw .invalid("\(destination) is a symbolic link; name the backup file itself (links are not followed)")
    case .other:
      throw .invalid(
        "\(destination) is not a regular file (a device, FIFO or socket); name a file to write the backup to")
    }
    let partial = destination + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
    Self.removeDatabaseFiles(at: partial)
    do throws(LedgerError) {
      let created: Bool
      do {
        created = try FileProtection.createExclusively(partial)
      } catch {
        throw LedgerError(.backupFailed, error.message)
      }
      guard created else {
        throw LedgerError(.backupFailed, "cannot write the backup: \(partial) is in the way; remove it and try again")
      }
      let report = try copyAndVerify(to: partial)
      // The read-only check leaves an empty -wal and -shm behind; the copy itself is whole.
      Self.removeDatabaseFiles(at: partial, keepingMain: true)
      Self.removeDatabaseFiles(at: destination, keepingMain: true)
      // The destination was checked above; checked again here, just before it is replaced.
      switch FileProtection.entry(at: destination) {
      case .missing, .regular: break
      default:
        throw .invalid(
          "\(destination) changed into something that is not a regular file; name a file to write the backup to")
      }
      guard rename(partial, destination) == 0 else {
        throw LedgerError(
          .backupFailed, "cannot move the backup into place at \(destination): \(String(cString: strerror(errno)))")
      }
      return report
    } catch {
      Self.removeDatabaseFiles(at: partial)
      throw error
    }
  }

  /// Writes the copy and verifies it with a fresh connection.
  private func copyAndVerify(to partial: String) throws(LedgerError) -> ChainReport {
    do {
      let copy = try DatabaseQueue(path: partial)
      try queue.backup(to: copy)
      try copy.close()
    } catch {
      throw LedgerError(
        .backupFailed, "cannot write the backup \(partial): \(LedgerError.mapping(error, path: partial).message)")
    }
    let report: ChainReport
    do {
      // Read-only: the copy is not migrated, and its folder's permissions are left as they are.
      let copy = try Ledger(path: partial, mode: .readOnly, clock: clock)
      report = try copy.verify()
      try copy.close()
    }
    if let problem = report.problem {
      throw LedgerError(
        .backupFailed,
        "the backup does not verify (\(problem)); the ledger itself is damaged: run vigil ledger verify")
    }
    return report
  }

  /// Removes a database file and its `-wal` and `-shm` companions, ignoring files that do not exist.
  private static func removeDatabaseFiles(at path: String, keepingMain: Bool = false) {
    let suffixes = keepingMain ? ["-wal", "-shm"] : ["", "-wal", "-shm", ".refused"]
    for suffix in suffixes { unlink(path + suffix) }
  }

  /// Closes the connection; later calls fail. Closing also happens when the ledger is released.
  public func close() throws(LedgerError) {
    checkpoint?.stop(watching: queue)
    try LedgerError.mapping(path: path) { try queue.close() }
  }
}
