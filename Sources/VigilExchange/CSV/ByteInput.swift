import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Bytes read in chunks from a file, or from memory: what ``CSVReader`` reads from.
///
/// A file is opened once and read with `read(2)` into a 64 KiB buffer; the input never holds more. The
/// buffer is memory of its own, so a reader scans a chunk through ``chunk`` without the checks an
/// array's elements cost byte by byte.
final class ByteInput {
  /// The buffer: the current chunk, then room for more.
  private let storage: UnsafeMutableBufferPointer<UInt8>
  /// The next unread byte of ``chunk``.
  var position = 0
  /// How many bytes of the buffer are filled.
  private(set) var filled = 0
  /// Bytes read so far, over all chunks.
  private(set) var total = 0
  private let descriptor: Int32?
  private let name: String
  /// Shown every chunk read from the file.
  private let observer: ((UnsafeRawBufferPointer) -> Void)?

  /// The bytes of `data`.
  init(bytes: [UInt8], name: String) {
    storage = .allocate(capacity: max(bytes.count, 1))
    _ = storage.initialize(from: bytes)
    filled = bytes.count
    total = bytes.count
    descriptor = nil
    self.name = name
    observer = nil
  }

  /// The file at `path`, opened for reading.
  ///
  /// - Throws: ``ExchangeError`` with code `unreadable` when it cannot be opened or is not a regular file
  ///   or a pipe, `tooLarge` when its size is over `limit`. A named pipe is opened without waiting for a
  ///   writer: one that has none reads as empty instead of blocking the command.
  init(path: String, limit: Int, observer: ((UnsafeRawBufferPointer) -> Void)? = nil) throws(ExchangeError) {
    name = path
    self.observer = observer
    let opened = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard opened >= 0 else {
      throw ExchangeError(.unreadable, "cannot open \(path) (\(String(cString: strerror(errno)))); check the path")
    }
    var status = stat()
    guard fstat(opened, &status) == 0 else {
      close(opened)
      throw ExchangeError(.unreadable, "cannot read \(path) (\(String(cString: strerror(errno))))")
    }
    let type = status.st_mode & S_IFMT
    let flags = fcntl(opened, F_GETFL)
    guard type == S_IFREG || type == S_IFIFO, flags >= 0, fcntl(opened, F_SETFL, flags & ~O_NONBLOCK) == 0 else {
      close(opened)
      throw ExchangeError(.unreadable, "\(path) is not a regular file; give the path of the file to read")
    }
    if type == S_IFREG, Int(status.st_size) > limit {
      close(opened)
      throw ExchangeError(.tooLarge, "\(path) is \(status.st_size) bytes, more than the \(limit) Vigil reads")
    }
    descriptor = opened
    storage = .allocate(capacity: 64 * 1024)
    storage.initialize(repeating: 0)
  }

  deinit {
    if let descriptor { close(descriptor) }
    storage.deallocate()
  }

  /// The filled bytes of the current chunk; valid until the next ``refill()``.
  var chunk: UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: storage[0..<filled])
  }

  /// Reads the next chunk; false at the end of the input.
  ///
  /// - Throws: ``ExchangeError`` with code `unreadable` when reading fails.
  func refill() throws(ExchangeError) -> Bool {
    guard let descriptor else { return false }
    while true {
      let count = read(descriptor, storage.baseAddress, storage.count)
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        throw ExchangeError(.unreadable, "cannot read \(name) (\(String(cString: strerror(errno))))")
      }
      position = 0
      filled = count
      total += count
      if let observer, count > 0 { observer(UnsafeRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(storage)[0..<count])) }
      return count > 0
    }
  }
}

extension ByteInput {
  /// The whole file at `path`, refused when it is over `limit` bytes.
  ///
  /// - Throws: ``ExchangeError`` with code `unreadable` or `tooLarge`.
  static func readAll(path: String, limit: Int) throws(ExchangeError) -> [UInt8] {
    let input = try ByteInput(path: path, limit: limit)
    var bytes: [UInt8] = []
    while try input.refill() {
      bytes.append(contentsOf: input.chunk)
      guard bytes.count <= limit else {
        throw ExchangeError(.tooLarge, "\(path) is larger than the \(limit) bytes Vigil reads")
      }
    }
    return bytes
  }
}
