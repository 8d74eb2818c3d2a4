import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl-C during `vigil take`: everything the learner confirmed is already in the ledger (or, while
/// the first run asks who the learner is, nothing is stored yet), so the session says so, with how to
/// resume, and exits with status 130. The handler runs on a private queue: one on
/// the main queue never runs while `readLine` blocks it.
final class InterruptWatch: @unchecked Sendable {
  private let source: DispatchSourceSignal
  private let queue = DispatchQueue(label: "vigil-take-signals")

  /// Starts watching; `message` is printed on Ctrl-C.
  init(message: @escaping @Sendable () -> String) {
    signal(SIGINT, SIG_IGN)
    source = DispatchSource.makeSignalSource(signal: SIGINT, queue: queue)
    source.setEventHandler {
      try? FileHandleOutput.standardOutput.write("\n" + message())
      Glibc.exit(130)
    }
    source.resume()
  }

  /// Stops watching now (before the next watch starts), rather than whenever the watch is released.
  func stop() { source.cancel() }

  deinit { source.cancel() }
}
