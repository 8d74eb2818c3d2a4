import GRDB
import GRDBSQLite

/// The check for damage run before every write, at a cost that does not grow with the ledger.
///
/// With `PRAGMA cell_size_check` on (every connection sets it), SQLite checks each b-tree page it
/// loads: cells inside the page, free blocks in order, counts that add up. This check makes it load the
/// pages that matter most and that a write would touch: for every table, the root page and the paths to
/// its first and last rows, reading the first and last ``rowsAtEachEnd`` rows whole (so their records
/// decode) and checking that the rowids come in strictly increasing order both ways. A flipped bit in a
/// table's root page shows up here, where it would otherwise let a write reuse ids inside a broken
/// tree. It reads at most `2 × rowsAtEachEnd` rows per table whatever the ledger's size; the whole
/// file is checked by `PRAGMA integrity_check` in ``Ledger/checkFile()``.
enum DamageCheck {
  /// How many rows are read at each end of every table.
  static let rowsAtEachEnd = 32

  /// The first problem found, or nil.
  ///
  /// A table of fewer than ``rowsAtEachEnd`` rows, or whose rows all fit in its root page, also gets
  /// SQLite's `PRAGMA integrity_check` of that table and its indexes (free-space accounting, index
  /// entries, `CHECK` and `NOT NULL`), which costs at most about one page of rows.
  ///
  /// When no `-wal` holds commits (the usual case: the last connection to close checkpoints it), the
  /// root page of every table and index is also read from the file and checked as SQLite's integrity
  /// check checks a page (``BTreePage``): its free-space accounting, cells, child page numbers and keys.
  static func run(_ db: Database, path: String) throws -> String? {
    var leafRoots: Set<String> = []
    if let problem = try rootPages(db, path: path, leafRoots: &leafRoots) { return problem }
    let tables = try String.fetchAll(
      db,
      sql: """
        SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 AND sql NOT LIKE '%WITHOUT ROWID%'
        ORDER BY name
        """)
    for table in tables {
      if let problem = try check(db, table: table, fitsInRoot: leafRoots.contains(table)) {
        return "table \(table): \(problem)"
      }
    }
    return nil
  }

  private static func check(_ db: Database, table: String, fitsInRoot: Bool) throws -> String? {
    let quoted = table.quotedDatabaseIdentifier
    let forward = try rowids(db, quoted, order: "ASC")
    let backward = try rowids(db, quoted, order: "DESC")
    for pair in zip(forward, forward.dropFirst()) where pair.0 >= pair.1 {
      return "row \(pair.1) comes after row \(pair.0) in its b-tree"
    }
    for pair in zip(backward, backward.dropFirst()) where pair.0 <= pair.1 {
      return "row \(pair.1) comes before row \(pair.0) in its b-tree"
    }
    // A table with fewer rows than one end's worth was read whole both ways: the same rows must come.
    let readWhole = forward.count < rowsAtEachEnd || backward.count < rowsAtEachEnd
    if readWhole, forward != backward.reversed() { return "its rows read forward and backward differ" }
    // A table read whole, or held in its root page alone, costs SQLite's own check of the table and its
    // indexes no more than one page of rows.
    if readWhole || fitsInRoot {
      let found = try String.fetchAll(db, sql: "PRAGMA integrity_check(\(table))").filter { $0 != "ok" }
      if let first = found.first { return "SQLite: \(first)" }
    }
    return nil
  }

  /// Checks the root pages read straight from the file; skipped while a `-wal` holds commits.
  private static func rootPages(_ db: Database, path: String, leafRoots: inout Set<String>) throws -> String? {
    // Read something first, so this read transaction holds its snapshot while the file is read.
    let roots = try Row.fetchAll(
      db, sql: "SELECT name, rootpage FROM sqlite_master WHERE type IN ('table', 'index') AND rootpage > 0")
    switch FileProtection.entry(at: path + "-wal") {
    case .missing, .regular(size: 0): break
    default: return nil
    }
    let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
    let pageCount = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
    // Read through SQLite's own handle: opening and closing another descriptor of the file would drop
    // this process's POSIX locks on it, and with them other processes' view that it is in use.
    var file: UnsafeMutablePointer<sqlite3_file>?
    guard sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK,
      let file, let read = file.pointee.pMethods?.pointee.xRead
    else { return nil }
    func page(_ number: Int) -> [UInt8] {
      var bytes = [UInt8](repeating: 0, count: pageSize)
      let code = bytes.withUnsafeMutableBytes { read(file, $0.baseAddress, Int32(pageSize), Int64((number - 1) * pageSize)) }
      return code == SQLITE_OK ? bytes : []
    }
    let first = page(1)
    guard first.count > 20 else { return "the file is cut short" }
    let usableSize = pageSize - Int(first[20])
    let pages = [("sqlite_schema", 1)] + roots.map { row in (row[0] as String, row[1] as Int) }
    for (name, number) in pages {
      guard number <= pageCount else { return "\(name): its root page \(number) is past the end of the file" }
      let bytes = number == 1 ? first : page(number)
      let root = BTreePage(bytes: bytes, number: number, usableSize: usableSize, pageCount: pageCount)
      if let problem = root.problem() { return "\(name): root page \(number): \(problem)" }
      if root.type == 13 { leafRoots.insert(name) }
      if let problem = childProblem(root, read: page, usableSize: usableSize, pageCount: pageCount) {
        return "\(name): root page \(number): \(problem)"
      }
    }
    return nil
  }

  /// The bytes of child pages read below each interior root: all the children of a 4 KiB root (a few
  /// hundred at most), the first and last 8 of a 64 KiB root's thousands, whose table would otherwise
  /// be read nearly whole.
  static let childBytesRead = 1 << 20

  /// The children read below a root of `count` children on pages of `usableSize` bytes: all of them
  /// within ``childBytesRead``, else as many as fit, half from each end.
  static func childrenRead(count: Int, usableSize: Int) -> [Int] {
    let limit = max(2, childBytesRead / usableSize)
    guard count > limit else { return Array(0..<count) }
    return Array(0..<limit / 2) + Array((count - (limit - limit / 2))..<count)
  }

  /// Checks an interior root's children: each a distinct page of the same kind of b-tree, a table's
  /// keys within the range its parent gives. Every child's number is checked; the children read are
  /// ``childrenRead(count:usableSize:)``, each against the keys its parent puts on either side of it.
  private static func childProblem(
    _ root: BTreePage, read: (Int) -> [UInt8], usableSize: Int, pageCount: Int
  ) -> String? {
    let children = root.children()
    guard Set(children.map(\.page)).count == children.count else { return "two cells point to the same child" }
    for index in childrenRead(count: children.count, usableSize: usableSize) {
      let (page, key) = children[index]
      let lowerKey = index > 0 ? children[index - 1].key : nil
      let child = BTreePage(bytes: read(page), number: page, usableSize: usableSize, pageCount: pageCount)
      guard child.bytes.count >= usableSize, [2, 5, 10, 13].contains(child.type),
        (child.type == 2 || child.type == 10) == (root.type == 2)
      else { return "its child page \(page) is not a page of the same b-tree" }
      if let range = child.keyRange() {
        if let lowerKey, range.first <= lowerKey { return "its child page \(page) holds keys below its range" }
        if let key, range.last > key { return "its child page \(page) holds keys above its range" }
      }
    }
    return nil
  }

  /// The rowids of the first ``rowsAtEachEnd`` rows in `order`, each row read whole.
  private static func rowids(_ db: Database, _ table: String, order: String) throws -> [Int64] {
    let rows = try Row.fetchCursor(
      db, sql: "SELECT rowid, * FROM \(table) ORDER BY rowid \(order) LIMIT \(rowsAtEachEnd)")
    var ids: [Int64] = []
    while let row = try rows.next() { ids.append(try row.decode(atIndex: 0)) }
    return ids
  }
}
