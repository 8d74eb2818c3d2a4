import VigilBase
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

  /// Writes a completion's files, each durable when this returns: the credentials' `.jwt` files (as
  /// ``write(_:)``) and the printable certificate `draw` makes (as ``writePDF(_:number:)``).
  ///
  /// The `.jwt` files are written, and the PDF's file created, on a second thread while `draw` runs on
  /// this one; the folder is synced once for every name at the end. Issuing waits for the drawing and
  /// one file's sync, not for four syncs one after another.
  public func writeCompletion(
    _ certificates: [Certificate], number: String, drawing draw: () throws(CredentialError) -> [UInt8]
  ) -> CompletionFiles {
    let folder: Int32
    do {
      folder = try openFolder()
    } catch {
      return CompletionFiles(tokens: .failure(error), pdf: .failure(error))
    }
    defer { close(folder) }
    let background = BackgroundWork { [path, self] in
      let pdf = Result { () throws(CredentialError) in try TemporaryFile(named: number + ".pdf", in: folder, at: path) }
      let tokens = Result { () throws(CredentialError) -> [String] in
        try certificates.map { certificate throws(CredentialError) in
          try TemporaryFile(named: certificate.fileName, in: folder, at: path).finish(Array(certificate.token.utf8))
          return filePath(certificate)
        }
      }
      return (pdf, tokens)
    }
    let drawn = Result { () throws(CredentialError) in try draw() }
    let (pdfFile, tokens) = background.wait()
    let pdf: Result<String, CredentialError>
    switch (pdfFile, drawn) {
    case (.success(let file), .success(let bytes)):
      pdf = Result { () throws(CredentialError) in
        try file.finish(bytes)
        return pdfPath(number: number)
      }
    case (.success(let file), .failure(let error)):
      file.discard()
      pdf = .failure(error)
    case (.failure(let error), _):
      pdf = drawn.flatMap { _ in .failure(error) }
    }
    _ = fsync(folder)
    return CompletionFiles(tokens: tokens, pdf: pdf)
  }

  /// Writes a printable certificate or a status list to a file of the user's choosing (mode 0600,
  /// atomically, a link there replaced, not followed) in a folder that exists.
  ///
  /// - Throws: ``CredentialError/Code/storage`` when the path names a folder or cannot be written.
  public static func writeFile(_ bytes: [UInt8], to file: String) throws(CredentialError) {
    guard let output = OutputPath(file) else {
      throw CredentialError(.storage, OutputPath.notAFile(file, example: "certificate.pdf or status-1.jwt"))
    }
    let (folderPath, name) = (output.folder, output.name)
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
    try TemporaryFile(named: name, in: folder, at: path).finish(bytes)
  }

  /// The system's words for an error number.
  static func reason(_ error: Int32) -> String { String(cString: strerror(error)) }
}
