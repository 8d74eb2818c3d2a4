import Dispatch

/// Work started on a second thread whose result other threads wait for: a completion's printable
/// certificate is drawn while the ledger commits, and its `.jwt` files are written while it is drawn.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchGroup()
  /// Set once by the work, read only after ``wait()`` has seen the group leave.
  private var value: Value?

  /// Starts `work` at once on a global queue.
  init(_ work: @escaping @Sendable () -> Value) {
    done.enter()
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      value = work()
      done.leave()
    }
  }

  /// Waits for the work to end and returns what it made (at once when it has already ended).
  func wait() -> Value {
    done.wait()
    guard let value else { preconditionFailure("background work ended without a value") }
    return value
  }
}
