import CSQLiteSettings

extension Ledger {
  /// Tells SQLite, before it starts, what a ledger process wants of it: not to count its allocations,
  /// which makes every allocation and free take a global mutex (a million-record import makes tens of
  /// millions of them) and which Vigil never reads.
  ///
  /// Call it first thing in `main`, before any thread or other code uses SQLite: `sqlite3_config` is
  /// not safe beside another SQLite call, and once SQLite has started it changes nothing.
  public static func prepareProcess() {
    _ = vigil_sqlite_stop_memory_statistics()
  }
}
