#if canImport(Glibc)
  import Glibc
#endif

/// An open folder that files are read and written relative to (`openat`), so a path that changes
/// underneath cannot redirect a write; names inside it are never followed when they are symbolic links.
///
/// Files are created with `O_CREAT | O_EXCL | O_NOFOLLOW` and an explicit mode set again with
/// `fchmod`, so the umask never loosens or tightens them.
final class SecureDirectory {
  let descriptor: Int32
  /// The folder's path, for messages.
  let path: String

  private init(descriptor: Int32, path: String) {
    self.descriptor = descriptor
    self.path = path
  }

  deinit { close(descriptor) }

  /// Opens a folder the user named (links in its path are followed: the user chose it), creating it
  /// and missing parents with mode 0700 when `create` is true.
  ///
  /// - Returns: nil when the folder does not exist and `create` is false.
  static func open(_ path: String, create: Bool) throws(SigningError) -> SecureDirectory? {
    let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if descriptor >= 0 { return SecureDirectory(descriptor: descriptor, path: path) }
    let error = errno
    guard error == ENOENT, create else {
      if error == ENOENT { return nil }
      throw SigningError(.storage, "cannot open the folder \(path) (\(Self.reason(error)))")
    }
    try makeDirectories(path)
    let created = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard created >= 0 else { throw SigningError(.storage, "cannot open the folder \(path) (\(Self.reason(errno)))") }
    return SecureDirectory(descriptor: created, path: path)
  }

  /// Creates `path` and its missing parents, each 0700 whatever the umask.
  private static func makeDirectories(_ path: String) throws(SigningError) {
    if mkdir(path, 0o700) == 0 {
      let folder = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      if folder >= 0 {
        _ = fchmod(folder, 0o700)
        close(folder)
      }
      return
    }
    let error = errno
    if error == EEXIST { return }
    guard error == ENOENT else { throw SigningError(.storage, "cannot create the folder \(path) (\(Self.reason(error)))") }
    var parent = path
    while parent.count > 1 && parent.hasSuffix("/") { parent.removeLast() }
    guard let slash = parent.lastIndex(of: "/") else {
      throw SigningError(.storage, "cannot create the folder \(path) (\(Self.reason(error)))")
    }
    let parentPath = slash == parent.startIndex ? "/" : String(parent[..<slash])
    guard parentPath != path else { throw SigningError(.storage, "cannot create the folder \(path) (\(Self.reason(error)))") }
    try makeDirectories(parentPath)
    try makeDirectories(path)
  }

  /// Opens the folder `name` inside this one without following a link, creating it (0700) when
  /// `create` is true; when `create` is true an existing folder is set to 0700 too.
  ///
  /// - Returns: nil when it does not exist and `create` is false.
  func subdirectory(_ name: String, create: Bool) throws(SigningError) -> SecureDirectory? {
    let full = child(name)
    var descriptor = openat(self.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    if descriptor < 0 && errno == ENOENT {
      guard create else { return nil }
      guard mkdirat(self.descriptor, name, 0o700) == 0 || errno == EEXIST else {
        throw SigningError(.storage, "cannot create the folder \(full) (\(Self.reason(errno)))")
      }
      descriptor = openat(self.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    }
    guard descriptor >= 0 else {
      let error = errno
      try refuseLink(name, kind: "folder")
      throw SigningError(.storage, "cannot open the folder \(full) (\(Self.reason(error)))")
    }
    let folder = SecureDirectory(descriptor: descriptor, path: full)
    if create, fchmod(descriptor, 0o700) != 0 {
      throw SigningError(.storage, "cannot make \(full) private (mode 0700) (\(Self.reason(errno)))")
    }
    return folder
  }

  /// Reads the regular file `name`, refusing a link and a file that other users may read or write.
  ///
  /// - Returns: nil when there is no such file.
  func readPrivateFile(_ name: String, limit: Int) throws(SigningError) -> [UInt8]? {
    let full = child(name)
    let descriptor = openat(self.descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      let error = errno
      if error == ENOENT { return nil }
      try refuseLink(name, kind: "file")
      throw SigningError(.storage, "cannot read \(full) (\(Self.reason(error)))")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw SigningError(.storage, "cannot read \(full) (\(Self.reason(errno)))") }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw SigningError(.unsafeKeyFile, "\(full) is not a regular file; move it away and run `vigil keys init`")
    }
    guard status.st_mode & 0o077 == 0 else {
      let mode = String(status.st_mode & 0o777, radix: 8)
      throw SigningError(
        .unsafeKeyFile,
        "\(full) holds a private key but other users may read or change it (mode 0\(mode)); run `chmod 600 \(full)`")
    }
    guard status.st_size <= limit else {
      throw SigningError(.damagedKeyFile, "\(full) is \(status.st_size) bytes, more than a key file can be")
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 16_384)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw SigningError(.storage, "cannot read \(full) (\(Self.reason(errno)))") }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
      guard bytes.count <= limit else { throw SigningError(.damagedKeyFile, "\(full) is larger than a key file can be") }
    }
    return bytes
  }

  /// Writes `bytes` to `name` atomically: a new file under a temporary name (mode `mode`, whatever the
  /// umask), flushed to disk, then given the name. With `replacing` false an existing `name` is kept
  /// and ``SigningError/Code/keyExists`` thrown; with true it is replaced (a link there is replaced,
  /// not followed).
  func writeFile(_ name: String, bytes: [UInt8], mode: mode_t, replacing: Bool) throws(SigningError) {
    let full = child(name)
    var random = SystemRandomNumberGenerator()
    let temporary = "." + name + "." + String(random.next() as UInt64, radix: 16) + ".tmp"
    let descriptor = openat(
      self.descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
    guard descriptor >= 0 else { throw SigningError(.storage, "cannot create a file in \(path) (\(Self.reason(errno)))") }
    var closed = false
    var kept = false
    defer {
      if !closed { close(descriptor) }
      if !kept { unlinkat(self.descriptor, temporary, 0) }
    }
    guard fchmod(descriptor, mode) == 0 else { throw SigningError(.storage, "cannot set the mode of \(full) (\(Self.reason(errno)))") }
    var remaining = bytes[...]
    while !remaining.isEmpty {
      let written = remaining.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        throw SigningError(.storage, "cannot write \(full) (\(written < 0 ? Self.reason(errno) : "nothing was written")); check the disk")
      }
      remaining = remaining.dropFirst(written)
    }
    guard fsync(descriptor) == 0 else { throw SigningError(.storage, "cannot write \(full) (\(Self.reason(errno))); check the disk") }
    closed = true
    guard close(descriptor) == 0 else { throw SigningError(.storage, "cannot write \(full) (\(Self.reason(errno))); check the disk") }
    if replacing {
      guard renameat(self.descriptor, temporary, self.descriptor, name) == 0 else {
        throw SigningError(.storage, "cannot write \(full) (\(Self.reason(errno)))")
      }
      kept = true
    } else {
      // link(2) fails when the name exists, so two processes cannot both create the file.
      guard linkat(self.descriptor, temporary, self.descriptor, name, 0) == 0 else {
        let error = errno
        if error == EEXIST { throw SigningError(.keyExists, "\(full) already exists") }
        throw SigningError(.storage, "cannot write \(full) (\(Self.reason(error)))")
      }
    }
    _ = fsync(self.descriptor)
  }

  /// Whether `name` exists in the folder (as anything, a link included).
  func contains(_ name: String) -> Bool {
    var status = stat()
    return fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0
  }

  /// Whether `name` is a symbolic link.
  func isLink(_ name: String) -> Bool {
    var status = stat()
    return fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 && status.st_mode & S_IFMT == S_IFLNK
  }

  /// Holds an exclusive lock on the folder until `body` returns, so two processes never rotate keys at once.
  func withLock<T>(_ body: () throws(SigningError) -> T) throws(SigningError) -> T {
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else { throw SigningError(.storage, "cannot lock \(path) (\(Self.reason(errno)))") }
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }

  /// The path of `name` in the folder.
  func child(_ name: String) -> String { (path.hasSuffix("/") ? path : path + "/") + name }

  private func refuseLink(_ name: String, kind: String) throws(SigningError) {
    guard isLink(name) else { return }
    throw SigningError(
      .unsafeKeyFile,
      "\(child(name)) is a symbolic link; Vigil never follows links to its keys: replace it with the real \(kind)")
  }

  static func reason(_ error: Int32) -> String { String(cString: strerror(error)) }
}
