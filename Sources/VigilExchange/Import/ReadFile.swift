#if canImport(Glibc)
  import Glibc
#endif

/// A regular file opened for reading in chunks; closed when released.
final class ReadFile {
  /// The size of one read.
  static let chunkSize = 1 << 18
  let path: String
  private let descriptor: Int32
  /// The file's size when opened.
  let size: Int

  /// Opens a regular file.
  ///
  /// - Throws: ``ExchangeError/Code/storage`` when it is missing, not a regular file or unreadable.
  init(path: String) throws(ExchangeError) {
    self.path = path
    descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw ExchangeError(.unreadable, "cannot open \(path) (\(String(cString: strerror(errno))))")
    }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      close(descriptor)
      throw ExchangeError(.unreadable, "\(path) is not a regular file")
    }
    size = Int(status.st_size)
  }

  deinit { close(descriptor) }

  /// Appends the next chunk to `buffer`; false at the end of the file.
  func read(into buffer: inout [UInt8]) throws(ExchangeError) -> Bool {
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + old, Self.chunkSize) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        buffer.removeLast(Self.chunkSize)
        throw ExchangeError(.unreadable, "cannot read \(path) (\(String(cString: strerror(errno))))")
      }
      buffer.removeLast(Self.chunkSize - count)
      return count > 0
    }
  }

  /// Calls `body` with each chunk of the file from its start, in order.
  func forEachChunk(_ body: (UnsafeRawBufferPointer) -> Void) throws(ExchangeError) {
    var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
    guard lseek(descriptor, 0, SEEK_SET) == 0 else {
      throw ExchangeError(.unreadable, "cannot read \(path) (\(String(cString: strerror(errno))))")
    }
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, Self.chunkSize) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw ExchangeError(.unreadable, "cannot read \(path) (\(String(cString: strerror(errno))))") }
      if count == 0 { return }
      chunk.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
    }
  }
}
