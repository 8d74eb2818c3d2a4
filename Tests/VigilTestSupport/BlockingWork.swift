import Foundation

/// Runs work that might block forever (reading a named pipe) on a thread of its own, so a test's
/// `.timeLimit` trait can end it: once the test is cancelled, `release` runs every 0.1 s until the work
/// returns (``FIFO/release(_:)`` opens the pipe for writing, which ends a read blocked on it).
public enum BlockingWork {
  /// The work's result, once it returns.
  public static func run<T: Sendable>(
    _ work: @escaping @Sendable () -> T, release: @escaping @Sendable () -> Void
  ) async -> T {
    let done = Flag()
    return await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        Thread {
          let result = work()
          done.set()
          continuation.resume(returning: result)
        }.start()
      }
    } onCancel: {
      Thread {
        while !done.isSet {
          release()
          usleep(100_000)
        }
      }.start()
    }
  }
}

/// A flag set once, read from any thread.
private final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false

  var isSet: Bool { lock.withLock { value } }

  func set() { lock.withLock { value = true } }
}

/// Named pipes for tests of reading code that must never block on one.
public enum FIFO {
  /// Makes a named pipe at `path`; false when it cannot.
  @discardableResult
  public static func make(_ path: String) -> Bool {
    try? FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    return mkfifo(path, 0o600) == 0
  }

  /// Ends any read blocked on the pipe at `path`: a writer appears and leaves at once.
  public static func release(_ path: String) {
    let descriptor = open(path, O_WRONLY | O_NONBLOCK)
    if descriptor >= 0 { close(descriptor) }
  }
}
