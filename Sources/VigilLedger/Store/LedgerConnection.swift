import Foundation
import GRDB
import GRDBSQLite

/// Opens a ledger file: checks it is a ledger, configures the connection and applies migrations.
enum LedgerConnection {
  /// How long a write waits for another process's transaction before giving up.
  static let busyTimeoutSeconds: Double = 5

  /// Opens (or creates) the ledger at `path`.
  ///
  /// In order: for writing modes, an earlier finding of damage refuses the open (``RefusalMarker``);
  /// what is at the path is looked at without following a symbolic link (a link, a folder or a device
  /// is refused); a missing ledger is created whole (``LedgerCreation``) when `mode` allows; the files
  /// are made private (``FileProtection``); the header is checked (``FileHeader``: an empty file is
  /// damaged, never a new ledger); then, for writing modes, the cheap check for damage
  /// (``DamageCheck``) runs before the migrations. `.readOnly` opens the file read-only and never
  /// migrates or changes it.
  static func open(path: String, mode: Ledger.OpenMode) throws(LedgerError) -> DatabaseQueue {
    let writes = mode != .readOnly
    // Before creating too: a damaged ledger that was deleted must not be replaced by a fresh, empty one.
    if writes { try RefusalMarker.check(ledger: path) }
    switch FileProtection.entry(at: path) {
    case .symbolicLink: throw LedgerError.symbolicLink(path)
    case .directory:
      throw LedgerError(.cannotOpen, "\(path) is a folder, not a ledger file; pass the folder as --home instead")
    case .other:
      throw LedgerError(.cannotOpen, "\(path) is not a regular file; pass --home with the folder that holds the ledger")
    case .unreachable(let reason):
      // The folder cannot be searched (another user's home, mode 0700): the ledger may well be there.
      throw LedgerError(.cannotOpen, "cannot reach \(path) (\(reason)); check the permissions of --home or VIGIL_HOME")
    case .missing:
      let pageSize: Int?
      switch mode {
      case .create: pageSize = nil
      case .createForBoard: pageSize = Ledger.boardPageSize
      case .existing, .readOnly:
        throw LedgerError(
          .noLedger,
          "there is no ledger at \(path); check --home or VIGIL_HOME (vigil learner add creates a provider's "
            + "ledger, vigil board trust add a board's)")
      }
      try LedgerCreation.create(at: path, configuration: configuration(readOnly: false), pageSize: pageSize)
    case .regular: break
    }
    if writes { FileProtection.tighten(ledger: path) }
    try checkHeader(path)
    if !writes { return try openReadOnly(path: path) }
    let queue = try LedgerError.mapping(path: path) {
      try DatabaseQueue(path: path, configuration: configuration(readOnly: false))
    }
    try checkIdentity(queue, path: path)
    try checkForDamage(queue, path: path)
    try checkWritable(queue, path: path)
    try migrate(queue, path: path)
    return queue
  }

  /// Refuses another kind of file and a damaged header before SQLite opens (or writes beside) the file.
  private static func checkHeader(_ path: String) throws(LedgerError) {
    let walHasFrames: Bool
    if case .regular(let size) = FileProtection.entry(at: path + "-wal") { walHasFrames = size > 0 } else {
      walHasFrames = false
    }
    switch try FileHeader.inspect(path, walHasFrames: walHasFrames) {
    case .sound: return
    case .otherKind: throw LedgerError.notALedger(path)
    case .damaged(let reason): throw LedgerError.mapping(LedgerError.damagedFile(path, reason), path: path)
    }
  }

  /// Refuses, before a command starts its work, a ledger SQLite could only open for reading (a file
  /// or folder the user may not write, a read-only disk): a session would otherwise show its first
  /// page and fail when it saves the learner's first step.
  private static func checkWritable(_ queue: DatabaseQueue, path: String) throws(LedgerError) {
    let readOnly = queue.inDatabase { db in sqlite3_db_readonly(db.sqliteConnection, "main") }
    if readOnly != 0 { throw LedgerError.readOnly(path) }
  }

  /// Runs ``DamageCheck`` in one read; a finding refuses this and later writes.
  private static func checkForDamage(_ queue: DatabaseQueue, path: String) throws(LedgerError) {
    let problem = try LedgerError.mapping(path: path) {
      try queue.read { db in try DamageCheck.run(db, path: path) }
    }
    if let problem { throw LedgerError.mapping(LedgerError.damagedFile(path, problem), path: path) }
  }

  /// The connection's settings.
  private static func configuration(readOnly: Bool) -> Configuration {
    var configuration = Configuration()
    configuration.readonly = readOnly
    // Not `.wal`: GRDB's WAL set-up writes (CREATE and DROP TABLE grdb_issue_102) on every open whose
    // -wal is empty, before anything could check the file. WAL mode is a property of the file, set
    // once when ``LedgerCreation`` builds it.
    configuration.journalMode = .default
    configuration.busyMode = .timeout(busyTimeoutSeconds)
    configuration.foreignKeysEnabled = true
    configuration.label = "vigil-ledger"
    configuration.prepareDatabase { db in
      // A CE ledger is a legal record: a commit reaches the disk before the next screen shows.
      try db.execute(sql: "PRAGMA synchronous = FULL")
      // SQLite checks each b-tree page it loads, so damage is found before a write spreads it.
      try db.execute(sql: "PRAGMA cell_size_check = ON")
    }
    return configuration
  }

  /// Opens the ledger read-only: nothing is migrated or written, so `vigil ledger verify` sees the file
  /// as it is. SQLite needs a `-shm` file beside a WAL database even to read it; when none can be
  /// created (a read-only folder) and no `-wal` holds uncheckpointed commits, the file is opened as
  /// immutable.
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
    let (complete, superseded) = try LedgerError.mapping(path: path) {
      try queue.read { db in (try migrator.hasCompletedMigrations(db), try migrator.hasBeenSuperseded(db)) }
    }
    if superseded {
      throw LedgerError(.newerLedger, "the ledger at \(path) was written by a newer Vigil; upgrade vigil to read it")
    }
    guard complete else {
      throw LedgerError(
        .cannotWrite,
        "the ledger at \(path) was written by an older Vigil and reading never upgrades it: run a command that "
          + "writes (e.g. vigil learner add) once to upgrade it, or copy it to a writable folder and do so there")
    }
    return queue
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
    // Only a ledger Vigil built whole (``LedgerCreation``) is used: an SQLite file without the id,
    // even an empty one, is not adopted as a new ledger.
    guard applicationID == LedgerSchema.applicationID, objectCount > 0 else { throw LedgerError.notALedger(path) }
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
        // Two processes upgrading the same ledger race; the loser's migration fails harmlessly.
        guard try queue.read(migrator.hasCompletedMigrations) else { throw error }
      }
    }
  }
}
