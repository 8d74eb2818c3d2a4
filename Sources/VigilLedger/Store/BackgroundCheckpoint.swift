import Dispatch
import Foundation
import GRDB
import GRDBSQLite

/// Copies the write-ahead log back into the ledger file on a queue of its own, so no commit waits for
/// it.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses 1,000 log pages: the learner whose
/// answer it is waits for every page to be written back and the file synced. Here the ledger's
/// connection checkpoints never; after a commit leaves ``threshold`` pages or more in the log, a
/// passive checkpoint runs on a second connection while the session goes on (in WAL mode a checkpoint
/// and a writer proceed together). A checkpoint cut short by a crash is harmless: the log still holds
/// every page.
final class BackgroundCheckpoint: @unchecked Sendable {
  /// Log pages after a commit from which a checkpoint is started (SQLite's own default).
  static let threshold: Int32 = 1000

  private let path: String
  private let work = DispatchQueue(label: "vigil-ledger-checkpoint")
  private let lock = NSLock()
  private var running = false
  private var stopped = false
  /// The second connection, opened on the work queue on first use.
  private var connection: OpaquePointer?

  /// Takes over checkpointing of `queue`'s connection to the ledger at `path`.
  init(queue: DatabaseQueue, path: String) throws {
    self.path = path
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
      sqlite3_wal_hook(db.sqliteConnection, Self.afterCommit, Unmanaged.passUnretained(self).toOpaque())
    }
  }

  /// Stops watching `queue` and waits for a checkpoint under way; call before the connection closes
  /// and before the checkpointer goes (a second call does nothing).
  func stop(watching queue: DatabaseQueue) {
    lock.lock()
    let already = stopped
    stopped = true
    lock.unlock()
    guard !already else { return }
    try? queue.writeWithoutTransaction { db in
      sqlite3_wal_hook(db.sqliteConnection, nil, nil)
      // Back to SQLite's own checkpoints for whatever else uses the connection.
      try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.threshold)")
    }
    work.sync {
      if let connection { sqlite3_close_v2(connection) }
      connection = nil
    }
  }

  /// SQLite's WAL hook: called on the writer's thread after each commit with the log's page count.
  private static let afterCommit: @convention(c) (UnsafeMutableRawPointer?, OpaquePointer?, UnsafePointer<CChar>?, Int32)
    -> Int32 = { context, _, _, pages in
      guard let context, pages >= threshold else { return SQLITE_OK }
      Unmanaged<BackgroundCheckpoint>.fromOpaque(context).takeUnretainedValue().start()
      return SQLITE_OK
    }

  /// Starts a checkpoint unless one is under way.
  private func start() {
    lock.lock()
    defer { lock.unlock() }
    guard !running, !stopped else { return }
    running = true
    work.async { [self] in
      checkpoint()
      lock.lock()
      running = false
      lock.unlock()
    }
  }

  /// One passive checkpoint on the second connection; a failure is left for the next one to retry.
  private func checkpoint() {
    if connection == nil {
      var opened: OpaquePointer?
      // A connection reads the file (and learns it is in WAL mode) only when first used.
      guard sqlite3_open_v2(path, &opened, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK,
        sqlite3_busy_timeout(opened, 5000) == SQLITE_OK,
        sqlite3_exec(opened, "SELECT count(*) FROM sqlite_master", nil, nil, nil) == SQLITE_OK
      else {
        sqlite3_close_v2(opened)
        return
      }
      connection = opened
    }
    sqlite3_wal_checkpoint_v2(connection, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
  }
}
