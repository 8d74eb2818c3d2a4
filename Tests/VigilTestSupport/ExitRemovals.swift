import Foundation

/// The folders of the fixtures a whole test run shares, removed when the test process exits (the
/// fixtures themselves are never released).
final class ExitRemovals: @unchecked Sendable {
  static let shared = ExitRemovals()
  private let lock = NSLock()
  private var paths: [String] = []

  private init() {
    atexit { ExitRemovals.shared.removeAll() }
  }

  func add(_ path: String) {
    lock.withLock { paths.append(path) }
  }

  private func removeAll() {
    lock.withLock {
      for path in paths { try? FileManager.default.removeItem(atPath: path) }
      paths.removeAll()
    }
  }
}
