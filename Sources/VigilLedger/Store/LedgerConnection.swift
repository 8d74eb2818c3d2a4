import Foundation
import GRDB

/// Opens a ledger file: checks it is a ledger, configures the connection and applies migrations.
enum LedgerConnection {
  /// How long a write waits for another process's transaction before giving up.
  static let busyTimeoutSeconds: Double = 5

  /// Opens (or creates) the ledger at `path` and brings its schema up to date.
  static func open(path: String, mode: Ledger.OpenMode) throws(LedgerError) -> DatabaseQueue {
    try checkFile(at: path, mode: mode)
    if mode == .readOnly && !isWritable(path) { return try openReadOnly(path: path) }
    let queue = try LedgerError.mapping(path: path) {
      try DatabaseQueue(path: path, configuration: configuration(readOnly: false))
    }
    try checkIdentity(queue, path: path)
    try migrate(queue, path: path)
    return queue
  }

  /// The connection's settings.
  private static func configuration(readOnly: Bool) -> Configuration {
    var configuration = Configuration()
    configuration.readonly = readOnly
    configuration.journalMode = .wal
    configuration.busyMode = .timeout(busyTimeoutSeconds)
    configuration.foreignKeysEnabled = true
    configuration.label = "vigil-ledger"
    configuration.prepareDatabase { db in
      // A CE ledger is a legal record: a commit reaches the disk before the next screen shows.
      try db.execute(sql: "PRAGMA synchronous = FULL")
    }
    return configuration
  }

  /// Whether this process may write the ledger file and create files beside it (`-wal`, `-shm`).
  private static func isWritable(_ path: String) -> Bool {
    let folder = (path as NSString).deletingLastPathComponent
    return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
  }

  /// Opens a ledger this process cannot write. SQLite needs a `-shm` file beside a WAL database even to
  /// read it; when none can be created and no `-wal` holds uncheckpointed commits, the file is opened
  /// as immutable.
  private static func openReadOnly(path: String) throws(LedgerError) -> DatabaseQueue {
    let migrator = LedgerSchema.migrator()
    func connect(_ location: String) throws -> DatabaseQueue {
      let queue = try DatabaseQueue(path: location, configuration: configuration(readOnly: true))
      try checkIdentity(queue, path: path)
      return queue
    }
    let queue: DatabaseQueue = try LedgerError.mapping(path: path) {
      do {
        return try connect(path)
      } catch let error as DatabaseError where !FileManager.default.fileExists(atPath: path + "-wal") {
        guard error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN else { throw error }
        let escaped = path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3f")
          .replacingOccurrences(of: "#", with: "%23")
        return try connect("file:\(escaped)?immutable=1")
      }
    }
    let isCurrent = try LedgerError.mapping(path: path) {
      try queue.read { db in try migrator.hasCompletedMigrations(db) && !migrator.hasBeenSuperseded(db) }
    }
    guard isCurrent else {
      throw LedgerError(
        .cannotWrite,
        "the ledger at \(path) is read-only and was written by another version of Vigil; copy it to a writable "
          + "folder and pass that as --home")
    }
    return queue
  }

  /// Refuses folders and files that are not SQLite before SQLite writes anything beside them.
  private static func checkFile(at path: String, mode: Ledger.OpenMode) throws(LedgerError) {
    var isDirectory: ObjCBool = false
    let manager = FileManager.default
    if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue {
        throw LedgerError(.cannotOpen, "\(path) is a folder, not a ledger file; pass the folder as --home instead")
      }
      guard let handle = FileHandle(forReadingAtPath: path) else {
        throw LedgerError(.cannotOpen, "cannot read the ledger at \(path): check the file's permissions")
      }
      defer { try? handle.close() }
      let header = (try? handle.read(upToCount: 16)) ?? Data()
      if !header.isEmpty && header != Data("SQLite format 3\0".utf8) {
        throw LedgerError.notALedger(path)
      }
      return
    }
    guard mode == .create else {
      throw LedgerError(
        .noLedger,
        "there is no ledger at \(path); check --home or VIGIL_HOME (vigil learner add creates the ledger)")
    }
    let folder = (path as NSString).deletingLastPathComponent
    guard !folder.isEmpty else { return }
    do {
      try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw LedgerError(
        .cannotWrite, "cannot create the folder \(folder) for the ledger: check its permissions or pass --home")
    }
  }

  /// Refuses SQLite files that some other program made.
  private static func checkIdentity(_ queue: DatabaseQueue, path: String) throws(LedgerError) {
    let (applicationID, objectCount) = try LedgerError.mapping(path: path) {
      try queue.read { db in
        (
          try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
          try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        )
      }
    }
    let isEmpty = applicationID == 0 && objectCount == 0
    guard applicationID == LedgerSchema.applicationID || isEmpty else { throw LedgerError.notALedger(path) }
  }

  /// Applies the migrations this ledger lacks; refuses a ledger from a newer Vigil.
  private static func migrate(_ queue: DatabaseQueue, path: String) throws(LedgerError) {
    let migrator = LedgerSchema.migrator()
    try LedgerError.mapping(path: path) {
      let (superseded, complete) = try queue.read { db in
        (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
      }
      if superseded {
        throw LedgerError(
          .newerLedger, "the ledger at \(path) was written by a newer Vigil; upgrade vigil to use it")
      }
      guard !complete else { return }
      do {
        try migrator.migrate(queue)
      } catch {
        // Two processes creating the same ledger race; the loser's migration fails harmlessly.
        guard try queue.read(migrator.hasCompletedMigrations) else { throw error }
      }
    }
  }
}
