import Crypto
import Foundation

/// SHA-256 of a whole file, computed on a thread of its own from the moment it is made, so a batch's
/// digest and its signature's check, each a pass over every byte, take one pass's time between them.
final class FileDigest: @unchecked Sendable {
  private let condition = NSCondition()
  // Guarded by `condition`.
  private var result: Result<String, ExchangeError>?

  /// Starts hashing the file at `path`.
  init(path: String) {
    let thread = Thread { [self] in
      let result = Result { () throws(ExchangeError) -> String in
        var hasher = SHA256()
        try ReadFile(path: path).forEachChunk { hasher.update(bufferPointer: $0) }
        return BatchFile.hex(hasher.finalize())
      }
      condition.lock()
      self.result = result
      condition.broadcast()
      condition.unlock()
    }
    thread.name = "vigil-batch-digest"
    thread.start()
  }

  /// The file's digest in lowercase hex, once computed.
  ///
  /// - Throws: ``ExchangeError/Code/unreadable`` when the file could not be read.
  func value() throws(ExchangeError) -> String {
    condition.lock()
    defer { condition.unlock() }
    while result == nil { condition.wait() }
    return try result!.get()
  }
}
