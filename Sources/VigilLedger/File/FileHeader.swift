import Foundation
import GRDBSQLite

/// The first 100 bytes of an SQLite file, checked before SQLite opens it: a cheap look that finds an
/// empty (truncated) ledger, another kind of file, and a damaged header.
///
/// The layout is SQLite's documented file format (<https://sqlite.org/fileformat2.html#the_database_header>).
struct FileHeader {
  /// What the look found.
  enum Finding: Equatable {
    /// An SQLite header whose fields make sense.
    case sound
    /// Not an SQLite file at all.
    case otherKind
    /// An SQLite file, or what is left of one, that cannot be a whole ledger; the reason says why.
    case damaged(String)
  }

  /// Reads and judges the file at `path` (never following a symbolic link).
  ///
  /// The bytes are read through an SQLite connection opened read-only, never through a descriptor of
  /// Vigil's own: closing any other descriptor of the file would drop the POSIX locks that this
  /// process's open connections to it hold (SQLite's own closes wait until those locks are released).
  /// Opening does not read the file, so nothing is created beside it.
  ///
  /// - Parameter walHasFrames: Whether a non-empty `-wal` file lies beside it; the main file's size
  ///   only has to match its header when every commit has been checkpointed into it.
  static func inspect(_ path: String, walHasFrames: Bool) throws(LedgerError) -> Finding {
    switch FileProtection.entry(at: path) {
    case .regular: break
    case .symbolicLink: throw LedgerError.symbolicLink(path)
    default:
      throw LedgerError(.cannotOpen, "\(path) is not a regular file; pass --home with the folder that holds the ledger")
    }
    var connection: OpaquePointer?
    defer { sqlite3_close(connection) }
    var file: UnsafeMutablePointer<sqlite3_file>?
    guard access(path, R_OK) == 0,
      sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, nil) == SQLITE_OK,
      sqlite3_file_control(connection, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK, let file,
      let methods = file.pointee.pMethods?.pointee, let fileSize = methods.xFileSize, let read = methods.xRead
    else {
      throw LedgerError(.cannotOpen, "cannot read the ledger at \(path): check the file's permissions")
    }
    var size: sqlite3_int64 = 0
    guard fileSize(file, &size) == SQLITE_OK else {
      throw LedgerError(.cannotOpen, "cannot read the ledger at \(path): check the file's permissions")
    }
    let count = Int(min(100, size))
    var bytes = [UInt8](repeating: 0, count: 100)
    let code = bytes.withUnsafeMutableBytes { read(file, $0.baseAddress, Int32(count), 0) }
    guard count == 0 || code == SQLITE_OK else {
      throw LedgerError(.cannotOpen, "cannot read the ledger at \(path) (SQLite error \(code))")
    }
    return judge(Array(bytes.prefix(count)), fileSize: Int64(size), walHasFrames: walHasFrames)
  }

  /// Judges a header already read.
  static func judge(_ bytes: [UInt8], fileSize: Int64, walHasFrames: Bool) -> Finding {
    if fileSize == 0 {
      return walHasFrames ? .sound : .damaged("the file is empty (0 bytes): the ledger that was there is lost")
    }
    let magic = Array("SQLite format 3\0".utf8)
    guard bytes.count >= 16, Array(bytes.prefix(16)) == magic else {
      return bytes.count < 16 && magic.starts(with: bytes)
        ? .damaged("the file is cut short (\(fileSize) bytes)") : .otherKind
    }
    guard bytes.count == 100 else { return .damaged("the file is cut short (\(fileSize) bytes)") }
    func integer(_ offset: Int, _ length: Int) -> Int64 {
      bytes[offset..<offset + length].reduce(0) { $0 << 8 | Int64($1) }
    }
    let rawPageSize = integer(16, 2)
    let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
    guard pageSize >= 512, pageSize <= 65_536, pageSize & (pageSize - 1) == 0 else {
      return .damaged("its header gives the page size \(rawPageSize)")
    }
    guard (1...2).contains(bytes[18]), (1...2).contains(bytes[19]) else {
      return .damaged("its header gives the file format versions \(bytes[18]) and \(bytes[19])")
    }
    guard bytes[21] == 64, bytes[22] == 32, bytes[23] == 32, pageSize - Int64(bytes[20]) >= 480 else {
      return .damaged("its header's fixed fields (bytes 20 to 23) are changed")
    }
    guard (1...4).contains(integer(44, 4)), (1...3).contains(integer(56, 4)) else {
      return .damaged("its header gives schema format \(integer(44, 4)) and text encoding \(integer(56, 4))")
    }
    guard fileSize % pageSize == 0 else {
      return .damaged("its size (\(fileSize) bytes) is not a whole number of \(pageSize)-byte pages")
    }
    let pageCount = integer(28, 4)
    let headerSizeIsValid = integer(24, 4) == integer(92, 4) && pageCount > 0
    if headerSizeIsValid && !walHasFrames && pageCount * pageSize != fileSize {
      return .damaged(
        "its header counts \(pageCount) pages of \(pageSize) bytes but the file holds \(fileSize / pageSize)")
    }
    return .sound
  }
}
