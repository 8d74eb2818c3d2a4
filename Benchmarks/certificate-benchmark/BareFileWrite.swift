import BenchmarkSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The floor of writing a file durably, the least a printable certificate's file needs: a new file
/// created, its bytes written, the file flushed to the disk (`fsync`) and its folder flushed so the name
/// survives a crash too. No temporary name, no rename, no mode change: nothing issuing adds.
struct BareFileWrite {
  private let folder: String
  private let descriptor: Int32

  /// Writes into a new folder at `folder`.
  init(folder: String) throws {
    guard mkdir(folder, 0o700) == 0 else { throw BenchmarkError("cannot create \(folder)") }
    descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw BenchmarkError("cannot open \(folder)") }
    self.folder = folder
  }

  /// Writes `bytes` durably as the new file `name` and returns the seconds it took.
  func write(_ bytes: [UInt8], named name: String) throws -> Double {
    try timed { () throws -> Void in
      let file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      guard file >= 0 else { throw BenchmarkError("cannot create \(folder)/\(name)") }
      defer { close(file) }
      let written = bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress, $0.count) }
      guard written == bytes.count, fsync(file) == 0 else { throw BenchmarkError("cannot write \(folder)/\(name)") }
      guard fsync(descriptor) == 0 else { throw BenchmarkError("cannot flush \(folder)") }
    }.1
  }
}
