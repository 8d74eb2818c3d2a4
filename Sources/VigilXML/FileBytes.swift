#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads regular files safely: anything else (a named pipe, a device, a folder) is refused before it
/// can block or stream forever, and a file over the size limit is refused before it is read.
///
/// The type is checked with `stat` before opening, then opened with `O_NONBLOCK` (so a FIFO swapped in
/// meanwhile cannot block the open) and checked again with `fstat` on what was opened.
public enum FileBytes {
  /// The whole file at `path`, or the issue that refuses it.
  public static func read(_ path: String, limit: Int) -> Result<[UInt8], XMLIssue> {
    let descriptor: Int32
    let size: Int
    switch openRegularFile(path) {
    case .failure(let issue): return .failure(issue)
    case .success(let opened): (descriptor, size) = opened
    }
    defer { close(descriptor) }
    guard size <= limit else { return .failure(tooLarge(size, limit: limit)) }
    let (bytes, complete) = readBytes(descriptor, count: size)
    guard complete else {
      return .failure(XMLIssue(.unreadable, "the file changed or could not be read while reading it"))
    }
    return .success(bytes)
  }

  /// Up to `count` bytes from the start of the regular file at `path`, or nil when it is not a regular
  /// file or cannot be read.
  public static func readPrefix(_ path: String, count: Int) -> [UInt8]? {
    guard case .success(let (descriptor, size)) = openRegularFile(path) else { return nil }
    defer { close(descriptor) }
    return readBytes(descriptor, count: min(size, count)).bytes
  }

  /// Opens a regular file for reading, blocking mode restored, with its size.
  private static func openRegularFile(_ path: String) -> Result<(descriptor: Int32, size: Int), XMLIssue> {
    var status = stat()
    guard stat(path, &status) == 0 else {
      return .failure(XMLIssue(.unreadable, "cannot open the file (\(String(cString: strerror(errno))))"))
    }
    guard (status.st_mode & S_IFMT) == S_IFREG else { return .failure(notRegular) }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else {
      return .failure(XMLIssue(.unreadable, "cannot open the file (\(String(cString: strerror(errno))))"))
    }
    guard fstat(descriptor, &status) == 0 else {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      return .failure(XMLIssue(.unreadable, "cannot read the file (\(reason))"))
    }
    let flags = fcntl(descriptor, F_GETFL)
    guard (status.st_mode & S_IFMT) == S_IFREG, flags >= 0, fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == 0 else {
      close(descriptor)
      return .failure(notRegular)
    }
    return .success((descriptor, Int(status.st_size)))
  }

  private static let notRegular = XMLIssue(
    .unreadable, "not a regular file (a folder, named pipe or device); give the path of an XML file")

  /// Reads `count` bytes, reporting whether all of them came.
  private static func readBytes(_ descriptor: Int32, count: Int) -> (bytes: [UInt8], complete: Bool) {
    var complete = true
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initializedCount in
      var filled = 0
      while filled < count, let base = buffer.baseAddress {
        let result = systemRead(descriptor, base + filled, count - filled)
        if result < 0 && errno == EINTR { continue }
        guard result > 0 else { break }
        filled += result
      }
      complete = filled == count
      initializedCount = filled
    }
    return (bytes, complete)
  }

  static func tooLarge(_ size: Int, limit: Int) -> XMLIssue {
    XMLIssue(
      .tooLarge,
      "the file is \(megabytes(size)) MiB, over the \(megabytes(limit)) MiB limit; split it into smaller files")
  }

  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// A size in MiB with one decimal, for messages.
  public static func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes / 1024 * 10 + 512) / 1024
    return "\(tenths / 10).\(tenths % 10)"
  }
}

/// The C library's `read`, named apart from ``FileBytes/read(_:limit:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
