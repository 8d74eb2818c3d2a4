import Crypto
import Dispatch
import VigilSigning

/// One pass over a batch's bytes for both its signature's check and the batch's digest: each chunk, as
/// it is read, goes to the two hashes at once, each on a core of its own, so both see the very same
/// bytes and the pass takes one hash's time.
final class SignedPass: @unchecked Sendable {
  // Each of the two is updated by one of the two iterations of a chunk; the chunk is only read.
  private var verifier: DetachedJWSVerifier
  private var digest = SHA256()
  private var chunk = UnsafeRawBufferPointer(start: nil, count: 0)

  /// A pass for the signature `verifier` checks.
  init(verifier: DetachedJWSVerifier) {
    self.verifier = verifier
  }

  /// Reads `file` from its start: the verifier, fed every byte, and the file's digest in lowercase hex.
  ///
  /// - Throws: ``ExchangeError/Code/unreadable`` when the file cannot be read.
  func run(over file: ReadFile) throws(ExchangeError) -> (verifier: DetachedJWSVerifier, digest: String) {
    try file.forEachChunk { chunk in
      self.chunk = chunk
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { self.digest.update(bufferPointer: self.chunk) } else { self.verifier.update(self.chunk) }
      }
    }
    chunk = UnsafeRawBufferPointer(start: nil, count: 0)
    return (verifier, BatchFile.hex(digest.finalize()))
  }
}
