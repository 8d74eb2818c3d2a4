#if canImport(Glibc)
  import Glibc
#endif

/// A regular file opened for reading in chunks; closed when released.
final class ReadFile {
  /// The size of one read: 1 MiB, which took the signed pass over a 110 MiB batch from about 148 ms to
  /// 115 ms against 256 KiB (a quarter of the reads and of the hand-offs to the two hashes' cores).
  static let chunkSize = 1 << 20
  let path: String
  private let descriptor: Int32
  /// The file's size when opened.
  let size: Int
  /// Where each read lands: allocated once, never initialised (filling a chunk element by element per
  /// read made a debug build, the fuzz targets', spend most of its time there).
  private let chunk: UnsafeMutableBufferPointer<UInt8>

  /// Opens a regular file.
  ///
  /// - Throws: ``ExchangeError/Code/unreadable`` when it is missing, not a regular file (a named pipe is
  ///   refused at once, not waited on) or unreadable.
  init(path: String) throws(ExchangeError) {
    self.path = path
    // Opened without blocking, so a named pipe with no writer is refused instead of waited on.
    descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else {
      throw ExchangeError(.unreadable, "cannot open \(path) (\(String(cString: strerror(errno))))")
    }
    var status = stat()
    let flags = fcntl(descriptor, F_GETFL)
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, flags >= 0,
      fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == 0
    else {
      close(descriptor)
      throw ExchangeError(.unreadable, "\(path) is not a regular file (a folder, named pipe or device)")
    }
    size = Int(status.st_size)
    chunk = .allocate(capacity: Self.chunkSize)
  }

  deinit {
    close(descriptor)
    chunk.deallocate()
  }

  /// Appends the next chunk to `buffer`; false at the end of the file.
  func read(into buffer: inout [UInt8]) throws(ExchangeError) -> Bool {
    let count = try readChunk()
    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<count]))
    return count > 0
  }

  /// Calls `body` with each chunk of the file from its start, in order.
  func forEachChunk(_ body: (UnsafeRawBufferPointer) -> Void) throws(ExchangeError) {
    guard lseek(descriptor, 0, SEEK_SET) == 0 else {
      throw ExchangeError(.unreadable, "cannot read \(path) (\(String(cString: strerror(errno))))")
    }
    while case let count = try readChunk(), count > 0 {
      body(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: chunk[0..<count])))
    }
  }

  /// Reads up to a chunk into ``chunk``: how many bytes came, 0 at the end of the file.
  private func readChunk() throws(ExchangeError) -> Int {
    while true {
      let count = Glibc.read(descriptor, chunk.baseAddress, Self.chunkSize)
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw ExchangeError(.unreadable, "cannot read \(path) (\(String(cString: strerror(errno))))") }
      return count
    }
  }
}
