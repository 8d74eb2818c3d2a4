import VigilLedger

#if canImport(Glibc)
  import Glibc
#endif

/// The home's `certificates/` folder (mode 0700), where each credential is written as a `.jwt` file
/// (mode 0600) holding exactly the token the ledger stores, with no line break, and each completion's
/// printable certificate as `<number>.pdf` (mode 0600) beside them.
///
/// The files are copies: the ledger is the record, and writing them again puts back a file that was
/// removed or changed. A symbolic link at the folder is refused, and one at a file is replaced, never
/// followed; each file is written under a temporary name, flushed, then renamed into place.
public struct CertificateFolder: Sendable {
  /// The folder's name inside the home.
  public static let name = "certificates"

  /// The folder's path.
  public let path: String

  /// The folder of the home at `home`.
  public init(home: VigilHome) {
    path = (home.path == "/" ? "" : home.path) + "/" + Self.name
  }

  /// The path of a certificate's file.
  public func filePath(_ certificate: Certificate) -> String { path + "/" + certificate.fileName }

  /// The path of a completion's printable certificate: `<number>.pdf`.
  public func pdfPath(number: String) -> String { path + "/" + number + ".pdf" }

  /// Writes the certificates' files and returns their paths, in order.
  ///
  /// - Throws: ``CredentialError/Code/storage`` naming the file or folder that cannot be written.
  public func write(_ certificates: [Certificate]) throws(CredentialError) -> [String] {
    let folder = try openFolder()
    defer { close(folder) }
    var paths: [String] = []
    for certificate in certificates {
      try Self.write(Array(certificate.token.utf8), named: certificate.fileName, in: folder, at: path)
      paths.append(filePath(certificate))
    }
    _ = fsync(folder)
    return paths
  }

  /// Writes a completion's printable certificate (``CertificatePDF``) and returns its path.
  ///
  /// - Throws: ``CredentialError/Code/storage`` naming the file or folder that cannot be written.
  public func writePDF(_ bytes: [UInt8], number: String) throws(CredentialError) -> String {
    let folder = try openFolder()
    defer { close(folder) }
    try Self.write(bytes, named: number + ".pdf", in: folder, at: path)
    _ = fsync(folder)
    return pdfPath(number: number)
  }

  /// Writes a printable certificate or a status list to a file of the user's choosing (mode 0600,
  /// atomically, a link there replaced, not followed) in a folder that exists.
  ///
  /// - Throws: ``CredentialError/Code/storage`` when the path names a folder or cannot be written.
  public static func writeFile(_ bytes: [UInt8], to file: String) throws(CredentialError) {
    var folderPath = "."
    var name = file
    if let slash = file.lastIndex(of: "/") {
      folderPath = slash == file.startIndex ? "/" : String(file[..<slash])
      name = String(file[file.index(after: slash)...])
    }
    guard !name.isEmpty, name != ".", name != ".." else {
      throw CredentialError(.storage, "\(file) names a folder; give a file name such as certificate.pdf or status-1.jwt")
    }
    let folder = open(folderPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard folder >= 0 else {
      throw CredentialError(.storage, "cannot open the folder \(folderPath) (\(reason(errno))); create it first")
    }
    defer { close(folder) }
    try write(bytes, named: name, in: folder, at: folderPath)
  }

  /// Opens the folder, creating it, and makes it 0700 whatever the umask.
  private func openFolder() throws(CredentialError) -> Int32 {
    if mkdir(path, 0o700) != 0 && errno != EEXIST {
      throw CredentialError(.storage, "cannot create the folder \(path) (\(Self.reason(errno))); check --home")
    }
    let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard folder >= 0 else {
      let error = errno
      throw CredentialError(
        .storage,
        error == ELOOP || error == ENOTDIR
          ? "\(path) is not a folder (a symbolic link or a file); Vigil never follows links there: remove it"
          : "cannot open the folder \(path) (\(Self.reason(error)))")
    }
    guard fchmod(folder, 0o700) == 0 else {
      close(folder)
      throw CredentialError(.storage, "cannot make \(path) private (mode 0700) (\(Self.reason(errno)))")
    }
    return folder
  }

  /// Writes one file atomically with mode 0600 in the open folder at `path`.
  private static func write(
    _ bytes: [UInt8], named name: String, in folder: Int32, at path: String
  ) throws(CredentialError) {
    let full = (path == "/" ? "" : path) + "/" + name
    var random = SystemRandomNumberGenerator()
    let temporary = "." + name + "." + String(random.next() as UInt64, radix: 16) + ".tmp"
    let file = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard file >= 0 else { throw CredentialError(.storage, "cannot create a file in \(path) (\(reason(errno)))") }
    var renamed = false
    defer { if !renamed { unlinkat(folder, temporary, 0) } }
    var failure: Int32?
    if fchmod(file, 0o600) != 0 { failure = errno }
    var remaining = bytes[...]
    while failure == nil, !remaining.isEmpty {
      let written = remaining.withUnsafeBytes { Glibc.write(file, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        failure = written < 0 ? errno : EIO
        break
      }
      remaining = remaining.dropFirst(written)
    }
    if failure == nil, fsync(file) != 0 { failure = errno }
    if close(file) != 0, failure == nil { failure = errno }
    if let failure { throw CredentialError(.storage, "cannot write \(full) (\(reason(failure))); check the disk") }
    guard renameat(folder, temporary, folder, name) == 0 else {
      throw CredentialError(.storage, "cannot write \(full) (\(reason(errno)))")
    }
    renamed = true
  }

  private static func reason(_ error: Int32) -> String { String(cString: strerror(error)) }
}
