#if canImport(Glibc)
  import Glibc
#endif

extension CertificateFolder {
  /// A file being written under a temporary name (`.<name>.<random>.tmp`, mode 0600, created anew:
  /// a link there is never followed), then flushed and renamed into place.
  struct TemporaryFile: Sendable {
    private let folder: Int32
    private let descriptor: Int32
    private let temporary: String
    private let name: String
    private let full: String

    /// Creates the temporary file for `name` in the open folder at `path`.
    init(named name: String, in folder: Int32, at path: String) throws(CredentialError) {
      full = (path == "/" ? "" : path) + "/" + name
      var random = SystemRandomNumberGenerator()
      temporary = "." + name + "." + String(random.next() as UInt64, radix: 16) + ".tmp"
      descriptor = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else {
        throw CredentialError(.storage, "cannot create a file in \(path) (\(CertificateFolder.reason(errno)))")
      }
      self.folder = folder
      self.name = name
    }

    /// Writes `bytes`, flushes them to the disk and renames the file into place; on failure the
    /// temporary file is removed.
    func finish(_ bytes: [UInt8]) throws(CredentialError) {
      var renamed = false
      defer { if !renamed { unlinkat(folder, temporary, 0) } }
      var failure: Int32?
      if fchmod(descriptor, 0o600) != 0 { failure = errno }
      var remaining = bytes[...]
      while failure == nil, !remaining.isEmpty {
        let written = remaining.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else {
          failure = written < 0 ? errno : EIO
          break
        }
        remaining = remaining.dropFirst(written)
      }
      if failure == nil, fsync(descriptor) != 0 { failure = errno }
      if close(descriptor) != 0, failure == nil { failure = errno }
      if let failure {
        throw CredentialError(.storage, "cannot write \(full) (\(CertificateFolder.reason(failure))); check the disk")
      }
      guard renameat(folder, temporary, folder, name) == 0 else {
        throw CredentialError(.storage, "cannot write \(full) (\(CertificateFolder.reason(errno)))")
      }
      renamed = true
    }

    /// Closes and removes the temporary file, for a file that will not be written.
    func discard() {
      close(descriptor)
      unlinkat(folder, temporary, 0)
    }
  }

}
