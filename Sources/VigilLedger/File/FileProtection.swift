import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The file-system side of keeping a ledger private: what is at a path (without following a symbolic
/// link), files created `0600` and folders `0700` whatever the umask.
///
/// A CE provider's ledger holds learners' names, emails and license numbers; another local account
/// must not be able to read it. SQLite creates `-wal` and `-shm` with the main file's mode, so a `0600`
/// ledger keeps its companions `0600` too.
enum FileProtection {
  /// The mode of the ledger, its companions, backups and the refusal marker: owner read and write.
  static let fileMode: mode_t = 0o600
  /// The mode of the home folder and `keys/`: owner only.
  static let folderMode: mode_t = 0o700

  /// What a path names, as `lstat(2)` sees it (a symbolic link is never followed).
  enum Entry: Equatable {
    /// Nothing has that name (or a part of the path is not a folder).
    case missing
    /// The path cannot be looked at, e.g. a folder on it cannot be searched: the reason.
    case unreachable(reason: String)
    case regular(size: Int64)
    case symbolicLink
    case directory
    /// A FIFO, a device, a socket.
    case other
  }

  /// What is at `path`, without following a symbolic link there.
  static func entry(at path: String) -> Entry {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      return errno == ENOENT || errno == ENOTDIR ? .missing : .unreachable(reason: String(cString: strerror(errno)))
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .regular(size: Int64(info.st_size))
    case S_IFLNK: return .symbolicLink
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  /// The folder a path is in: `a/b` for `a/b/c`, `/` for `/a`, and empty for a bare name such as `c`
  /// (Foundation's `deletingLastPathComponent` traps on Linux for some one-character relative paths).
  static func parent(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "" }
    return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
  }

  /// Creates `folder` and any missing parents; the folders created are `0700` whatever the umask.
  static func createFolder(_ folder: String) throws(LedgerError) {
    guard !folder.isEmpty else { return }
    switch entry(at: folder) {
    // An unreachable folder is left to mkdir, which says why it cannot be made.
    case .missing, .unreachable: break
    case .regular, .other:
      throw LedgerError(
        .cannotWrite, "\(folder) is not a folder (a file or a device has that name); give --home or VIGIL_HOME a folder")
    case .directory, .symbolicLink: return
    }
    try createFolder(parent(of: folder))
    guard mkdir(folder, folderMode) == 0 || errno == EEXIST else {
      throw LedgerError(
        .cannotWrite,
        "cannot create the folder \(folder) for the ledger (\(String(cString: strerror(errno)))): check its "
          + "permissions or pass --home")
    }
    chmod(folder, folderMode)
  }

  /// Creates a new empty file `0600` that did not exist (`O_CREAT|O_EXCL|O_NOFOLLOW`).
  ///
  /// - Returns: Whether the file was created (false when something already has that name).
  static func createExclusively(_ path: String) throws(LedgerError) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
    guard descriptor >= 0 else {
      if errno == EEXIST { return false }
      throw LedgerError(
        .cannotWrite, "cannot create \(path) (\(String(cString: strerror(errno)))): check the folder's permissions")
    }
    fchmod(descriptor, fileMode)
    close(descriptor)
    return true
  }

  /// Takes group and other permissions away from the ledger, its companions, the home folder and
  /// `keys/` when this account owns them; a symbolic link or a file of another account is left alone.
  static func tighten(ledger path: String) {
    for suffix in ["", "-wal", "-shm", ".refused"] { restrict(path + suffix, to: fileMode, regular: true) }
    let home = parent(of: path)
    guard !home.isEmpty else { return }
    restrict(home, to: folderMode, regular: false)
    restrict(home + "/keys", to: folderMode, regular: false)
  }

  /// `chmod`s a file or folder owned by this account whose mode allows more than `mode`.
  private static func restrict(_ path: String, to mode: mode_t, regular: Bool) {
    var info = stat()
    guard lstat(path, &info) == 0, info.st_uid == geteuid() else { return }
    let kind = info.st_mode & S_IFMT
    guard kind == (regular ? S_IFREG : S_IFDIR), info.st_mode & 0o777 & ~mode != 0 else { return }
    chmod(path, info.st_mode & mode)
  }
}
