import VigilBase
import VigilLedger
import VigilSigning

#if canImport(Glibc)
  import Glibc
#endif

/// The one check of a file the user names for Vigil to write (`--out`, a backup), made before anything
/// is written.
///
/// Every writer finishes a temporary file and renames it over its destination, which replaces whatever
/// had that name: so a destination must be a new file or a regular file that is not Vigil's own. The
/// ledger (and its `-wal`, `-shm` and other companions), anything in the home's `keys/` folder (the
/// signing key) and its `sessions/` folder (the session locks), a hard link to the ledger or the key, a
/// path that names no file, a folder, a symbolic link, a device, a named pipe and a socket are refused
/// with what to do instead.
enum OutputFile {
  /// Refuses `path` when writing it would replace something it must not.
  ///
  /// - Parameters:
  ///   - path: The file to write, as the user gave it.
  ///   - home: The home whose ledger and keys are protected.
  ///   - option: How the user gave the path, for the message (`--out`, `the backup file`).
  ///   - example: A file name to suggest when `path` names none (empty, or ending in `/`).
  /// - Throws: ``CommandError`` with code `usage`.
  static func check(
    _ path: String, home: VigilHome, option: String = "--out", example: String
  ) throws(CommandError) {
    func refuse(_ reason: String) -> CommandError {
      CommandError(.usage, "\(option) \(Echo.quotedPath(path)) \(reason)")
    }
    let folderPath = home.path == "/" ? "" : home.path
    let protected = VigilHome.ledgerFileNames.map { folderPath + "/" + $0 }
    let key = SigningKeyStore(homePath: home.path).keyFilePath
    var entry = stat()
    if lstat(path, &entry) == 0 {
      switch entry.st_mode & S_IFMT {
      case S_IFREG: break
      case S_IFDIR: throw refuse("is a folder; name a file inside it")
      case S_IFLNK: throw refuse("is a symbolic link; name the file itself (links are not followed)")
      default: throw refuse("is not a regular file (a device, a named pipe or a socket); name a file to write")
      }
      if let file = protected.first(where: { Identity(of: $0) == Identity(entry) }) {
        throw refuse(ledgersFile(file))
      }
      if Identity(of: key) == Identity(entry) {
        throw refuse("is the provider's signing key (\(key)); writing there would destroy it: name another file")
      }
    }
    guard let output = OutputPath(path) else {
      throw CommandError(.usage, "\(option): " + OutputPath.notAFile(path, example: example))
    }
    guard let folder = Identity(of: output.folder) else { return }
    if folder == Identity(of: home.keysPath) {
      throw refuse("is in the home's keys folder, which holds the signing key; write the file elsewhere")
    }
    if folder == Identity(of: home.sessionsPath) {
      throw refuse("is in the home's sessions folder, which holds the session locks; write the file elsewhere")
    }
    if folder == Identity(of: home.path), VigilHome.ledgerFileNames.contains(output.name) {
      throw refuse(ledgersFile(folderPath + "/" + output.name))
    }
  }

  private static func ledgersFile(_ path: String) -> String {
    "is the ledger's own file (\(path)); writing there would damage the ledger: name another file"
  }

  /// A file's device and inode: the same file under any name, hard links included.
  private struct Identity: Equatable {
    let device: UInt
    let inode: UInt

    init(_ status: stat) {
      device = UInt(status.st_dev)
      inode = UInt(status.st_ino)
    }

    /// The identity of what `path` names (links followed), or nil when nothing does.
    init?(of path: String) {
      var status = stat()
      guard stat(path, &status) == 0 else { return nil }
      self.init(status)
    }
  }
}
