import GRDB
import VigilBase
import VigilSigning

#if canImport(Glibc)
  import Glibc
#endif

/// A Vigil credit ledger: one SQLite file holding learners, licenses, attempts, responses, completions
/// and credits, with a hash-chained event log over the records that matter to boards.
///
/// Open one per process with ``init(path:mode:clock:)``; it is safe to share between threads, and
/// several processes may use the same file at once (WAL, a 5 s busy timeout and `BEGIN IMMEDIATE`
/// write transactions, so none fails with "database is locked"). Each method that writes is one
/// transaction: it is stored whole or not at all.
///
/// ```swift
/// let ledger = try Ledger(path: VigilHome(path: "/tmp/v").ledgerPath)
/// let learner = try ledger.addLearner(name: "Ana Ruiz", email: "ana@example.org")
/// let license = try ledger.addLicense(
///   LicenseProfile(boardID: "tx-bon", licenseType: "RN", number: "123456",
///                  expires: CalendarDate(year: 2027, month: 1, day: 31)),
///   learnerID: learner.id)
/// let report = try ledger.verify()   // report.isIntact
/// ```
public final class Ledger: Sendable {
  /// How ``Ledger/init(path:mode:clock:)`` treats a missing file.
  public enum OpenMode: Sendable {
    /// Create the file (and its folders) when it does not exist; commands that write use this.
    case create
    /// ``create``, a new file laid out for a board's ledger: pages of
    /// ``boardPageSize`` bytes instead of SQLite's 4 KiB, for batch imports of up to millions of records
    /// at a time (a page holds 16 times the index entries, so an import touches fewer pages, and writes
    /// and checkpoints fewer, larger ones). A learner's commits stay on 4 KiB pages, where each commit
    /// writes whole pages to the log. An existing ledger keeps the page size it was made with.
    case createForBoard
    /// Fail with ``LedgerError/Code-swift.struct/noLedger`` when the file does not exist, so a typo in
    /// `--home` does not leave an empty ledger behind.
    case existing
    /// For commands that only read, and `vigil ledger verify`: the file is opened read-only and never
    /// migrated or changed (an outdated ledger is refused until a writing command upgrades it); a
    /// read-only file or folder (an archived ledger, a backup on read-only media) works too. A
    /// refusal of writes recorded beside the ledger does not stop reading.
    ///
    /// ``create`` and ``existing`` refuse a ledger found damaged earlier
    /// (``LedgerError/Code-swift.struct/refused``) and check for damage before any write.
    case readOnly
  }

  /// The page size of a ledger created with ``OpenMode/createForBoard``, in bytes (SQLite's largest).
  public static let boardPageSize = 65_536

  /// The ledger file's path.
  public let path: String
  /// The connection; GRDB serialises access to it.
  let queue: DatabaseQueue
  /// Seconds since the Unix epoch, for the events' `recorded_at`.
  let clock: @Sendable () -> Int64
  /// The provider's key, which signs a checkpoint of the head after each completion; nil writes none.
  let signer: (any CheckpointSigner)?
  /// Each attempt's presented questions, read once.
  let presentedQuestions = PresentedQuestions()
  /// Checkpoints the write-ahead log off the commit path; nil for a ledger opened read-only.
  let checkpoint: BackgroundCheckpoint?

  /// Opens the ledger at `path`, creating and migrating it as needed.
  ///
  /// - Parameters:
  ///   - path: The ledger file, usually ``VigilHome/ledgerPath``.
  ///   - mode: Whether a missing file is created.
  ///   - clock: The time events are recorded at, in seconds since the Unix epoch (tests pass a fixed one).
  /// The file must be a regular file (a symbolic link is refused, not followed); a new ledger is made
  /// whole under another name and linked into place, `0600` in a `0700` folder, so a 0-byte or
  /// half-made file is never taken for a new ledger.
  ///
  ///   - signer: The provider's signing key (``VigilSigning/SigningKeyStore``); the ledger does not own key
  ///     files. With one, each completion ends with a signed checkpoint of the head.
  /// - Throws: ``LedgerError`` with code ``LedgerError/Code-swift.struct/notALedger`` (another kind of
  ///   file), ``LedgerError/Code-swift.struct/damaged``, ``LedgerError/Code-swift.struct/refused``,
  ///   ``LedgerError/Code-swift.struct/newerLedger``,
  ///   ``LedgerError/Code-swift.struct/noLedger``, ``LedgerError/Code-swift.struct/cannotOpen`` or
  ///   ``LedgerError/Code-swift.struct/cannotWrite``.
  public init(
    path: String, mode: OpenMode = .create, clock: @escaping @Sendable () -> Int64 = Ledger.systemClock,
    signer: (any CheckpointSigner)? = nil
  ) throws(LedgerError) {
    self.path = path
    self.clock = clock
    self.signer = signer
    let queue = try LedgerConnection.open(path: path, mode: mode)
    self.queue = queue
    checkpoint = mode == .readOnly ? nil : try LedgerError.mapping(path: path) {
      try BackgroundCheckpoint(queue: queue, path: path)
    }
  }

  deinit {
    checkpoint?.stop(watching: queue)
  }

  /// The system clock in whole seconds since the Unix epoch.
  @Sendable public static func systemClock() -> Int64 {
    Int64(time(nil))
  }

  /// Runs `body` in one `BEGIN IMMEDIATE` transaction: everything it writes is committed together, or
  /// nothing is when it throws.
  ///
  /// - Parameter bulk: Whether the transaction writes up to millions of rows: it then runs with
  ///   ``BulkWriteSettings``.
  func write<T>(bulk: Bool = false, _ body: (Database) throws -> T) throws(LedgerError) -> T {
    try LedgerError.mapping(path: path) {
      try queue.writeWithoutTransaction { db in
        let replaced = bulk ? try BulkWriteSettings(applyingTo: db) : nil
        defer { replaced?.restore(on: db) }
        return try transaction(.immediate, on: db, body)
      }
    }
  }

  /// Runs `body` in a read transaction, which sees one consistent state of the ledger.
  ///
  /// A deferred transaction rather than GRDB's `read`: on a connection that also writes, `read` makes
  /// the transaction read-only with `PRAGMA query_only`, and SQLite discards every statement the
  /// connection has compiled whenever such a pragma changes, so each write after a read compiled all
  /// its statements again (`vigil take` reads between its writes, and issuing a certificate read it
  /// back). What runs here is the ledger's own reading code; a ledger opened read-only is read-only in
  /// SQLite itself.
  func read<T>(_ body: (Database) throws -> T) throws(LedgerError) -> T {
    try LedgerError.mapping(path: path) {
      try queue.inDatabase { db in try transaction(.deferred, on: db, body) }
    }
  }

  /// Runs `body` in one transaction of `kind` on `db` and commits it, or rolls it back when `body` throws.
  private func transaction<T>(
    _ kind: Database.TransactionKind, on db: Database, _ body: (Database) throws -> T
  ) throws -> T {
    var result: T?
    try db.inTransaction(kind) {
      result = try body(db)
      return .commit
    }
    guard let result else { throw LedgerError(.storage, "the ledger at \(path) did not finish a transaction") }
    return result
  }
}
