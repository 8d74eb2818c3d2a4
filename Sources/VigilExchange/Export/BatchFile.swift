import Crypto
import VigilBase
import VigilSigning

#if canImport(Glibc)
  import Glibc
#endif

/// The file a batch is written to: bytes are buffered, hashed (the file's digest) and fed to the
/// batch's signer as they are written, to a temporary file beside the destination that ``commit()``
/// syncs and renames into place. Until then nothing is at the destination, and a batch that fails
/// half-way leaves nothing behind.
final class BatchFile {
  /// Where the batch ends up (nil: standard output, unsigned, written as it goes).
  let path: String?
  private let descriptor: Int32
  private let folder: Int32
  private let temporaryName: String?
  private let finalName: String?
  private var buffer: [UInt8] = []
  private var digest = SHA256()
  private var signer: DetachedJWSSigner?
  private var committed = false
  /// Bytes written so far.
  private(set) var count = 0

  /// The size the buffer is flushed at.
  private static let flushSize = 1 << 18

  /// Opens a temporary file in the folder of `path` (which must exist), or standard output for nil.
  init(path: String?, signer: DetachedJWSSigner?) throws(ExchangeError) {
    self.path = path
    self.signer = signer
    buffer.reserveCapacity(Self.flushSize + 4096)
    guard let path else {
      descriptor = STDOUT_FILENO
      folder = -1
      temporaryName = nil
      finalName = nil
      return
    }
    guard let output = OutputPath(path) else {
      throw ExchangeError(.usage, "--out: " + OutputPath.notAFile(path, example: "tx-bon-2026.xml"))
    }
    let (folderPath, name) = (output.folder, output.name)
    folder = open(folderPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard folder >= 0 else {
      throw ExchangeError(.outputFailed, "cannot open the folder \(folderPath) (\(Self.reason(errno))); create it first")
    }
    var random = SystemRandomNumberGenerator()
    let temporary = "." + name + "." + String(random.next() as UInt64, radix: 16) + ".tmp"
    descriptor = openat(folder, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      let error = errno
      close(folder)
      throw ExchangeError(.outputFailed, "cannot create a file in \(folderPath) (\(Self.reason(error)))")
    }
    temporaryName = temporary
    finalName = name
  }

  deinit {
    if let temporaryName {
      close(descriptor)
      if !committed { unlinkat(folder, temporaryName, 0) }
      close(folder)
    }
  }

  /// Appends bytes.
  func write(_ bytes: [UInt8]) throws(ExchangeError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.flushSize { try flush() }
  }

  /// Appends a string's UTF-8.
  func write(_ text: String) throws(ExchangeError) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.flushSize { try flush() }
  }

  /// Writes the buffer out, hashing and signing it on the way.
  func flush() throws(ExchangeError) {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { bytes in
      digest.update(bufferPointer: bytes)
      signer?.update(bytes)
    }
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        throw ExchangeError(.outputFailed, "cannot write \(path ?? "standard output") (\(Self.reason(written < 0 ? errno : EIO)))")
      }
      offset += written
    }
    count += buffer.count
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes, syncs and renames the file into place, then writes the signature beside it
  /// (`<path>.jws`) the same way. Returns the file's SHA-256 (hex) and the signature's path.
  func commit() throws(ExchangeError) -> (digest: String, signaturePath: String?) {
    try flush()
    let hex = Self.hex(digest.finalize())
    guard let path, let temporaryName, let finalName else { return (hex, nil) }
    guard fsync(descriptor) == 0 else { throw ExchangeError(.outputFailed, "cannot write \(path) (\(Self.reason(errno))); check the disk") }
    var signaturePath: String?
    if let signer {
      let token: String
      do {
        token = try signer.finish()
      } catch {
        throw ExchangeError(.outputFailed, error.message)
      }
      try Self.writeSmall(Array((token + "\n").utf8), named: finalName + ".jws", in: folder, path: path + ".jws")
      signaturePath = path + ".jws"
    }
    guard renameat(folder, temporaryName, folder, finalName) == 0 else {
      throw ExchangeError(.outputFailed, "cannot write \(path) (\(Self.reason(errno)))")
    }
    committed = true
    fsync(folder)
    return (hex, signaturePath)
  }

  /// Writes a small file atomically in the open folder.
  private static func writeSmall(_ bytes: [UInt8], named name: String, in folder: Int32, path: String) throws(ExchangeError) {
    let temporary = "." + name + ".tmp"
    let file = openat(folder, temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard file >= 0 else { throw ExchangeError(.outputFailed, "cannot write \(path) (\(reason(errno)))") }
    let written = bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress, $0.count) }
    let synced = fsync(file) == 0
    close(file)
    guard written == bytes.count, synced, renameat(folder, temporary, folder, name) == 0 else {
      unlinkat(folder, temporary, 0)
      throw ExchangeError(.outputFailed, "cannot write \(path); check the disk")
    }
  }

  static func hex(_ digest: some Sequence<UInt8>) -> String {
    let digest = Array(digest)
    return String(unsafeUninitializedCapacity: digest.count * 2) { text in
      var index = 0
      for byte in digest {
        text[index] = CanonicalJSON.hexDigits[Int(byte >> 4)]
        text[index + 1] = CanonicalJSON.hexDigits[Int(byte & 0x0F)]
        index += 2
      }
      return index
    }
  }

  private static func reason(_ error: Int32) -> String { String(cString: strerror(error)) }
}
