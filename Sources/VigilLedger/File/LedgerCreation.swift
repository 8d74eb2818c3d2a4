import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#endif

/// Creates a new ledger so that no process ever sees it half made.
///
/// The ledger is built whole (schema and all migrations) in a `0600` file beside the final one, closed,
/// synced, then given its name with `link(2)`, which fails when the name already exists. Eight
/// processes creating the same ledger at once therefore all succeed: one links its file, the others
/// find that ledger and use it. A ledger file that exists is never created over.
enum LedgerCreation {
  /// Creates the ledger at `path` unless a file already has that name, with pages of `pageSize` bytes
  /// (nil: SQLite's default).
  static func create(at path: String, configuration: Configuration, pageSize: Int?) throws(LedgerError) {
    let folder = FileProtection.parent(of: path)
    try FileProtection.createFolder(folder)
    let temporary = "\(path).new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    defer { for suffix in ["", "-wal", "-shm", "-journal"] { unlink(temporary + suffix) } }
    guard try FileProtection.createExclusively(temporary) else {
      throw LedgerError(.cannotWrite, "cannot create the ledger at \(path): \(temporary) is in the way")
    }
    try LedgerError.mapping(path: path) {
      let queue = try DatabaseQueue(path: temporary, configuration: configuration)
      try queue.writeWithoutTransaction { db in
        // Before anything is written: the page size of a database is fixed once its first page is.
        if let pageSize { try db.execute(sql: "PRAGMA page_size = \(pageSize)") }
        guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
          throw LedgerError(.cannotWrite, "cannot create the ledger at \(path): its disk does not support SQLite's WAL mode")
        }
      }
      try LedgerSchema.migrator().migrate(queue)
      try queue.close()
    }
    let descriptor = open(temporary, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    if descriptor >= 0 {
      fsync(descriptor)
      close(descriptor)
    }
    guard link(temporary, path) == 0 || errno == EEXIST else {
      throw LedgerError(
        .cannotWrite,
        "cannot create the ledger at \(path) (\(String(cString: strerror(errno)))): check the folder's "
          + "permissions, or pass --home with a folder on a disk that allows hard links")
    }
    let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folderDescriptor >= 0 {
      fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }
}
