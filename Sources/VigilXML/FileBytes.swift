#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole regular file into memory, refusing anything over the size limit before reading it.
enum FileBytes {
  static func read(_ path: String, limit: Int) -> Result<[UInt8], XMLIssue> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      return .failure(XMLIssue(.unreadable, "cannot open the file (\(String(cString: strerror(errno))))"))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      return .failure(XMLIssue(.unreadable, "cannot read the file (\(String(cString: strerror(errno))))"))
    }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
      return .failure(XMLIssue(.unreadable, "not a regular file; give the path of an XML file"))
    }
    let size = Int(status.st_size)
    guard size <= limit else { return .failure(tooLarge(size, limit: limit)) }
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initializedCount in
      var filled = 0
      while filled < size, let base = buffer.baseAddress {
        let count = systemRead(descriptor, base + filled, size - filled)
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { break }
        filled += count
      }
      failed = filled < size
      initializedCount = filled
    }
    guard !failed else {
      return .failure(XMLIssue(.unreadable, "the file changed or could not be read while reading it"))
    }
    return .success(bytes)
  }

  static func tooLarge(_ size: Int, limit: Int) -> XMLIssue {
    XMLIssue(
      .tooLarge,
      "the file is \(megabytes(size)) MiB, over the \(megabytes(limit)) MiB limit; split it into smaller files")
  }

  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
    return "\(tenths / 10).\(tenths % 10)"
  }
}

/// The C library's `read`, named apart from ``FileBytes/read(_:limit:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
