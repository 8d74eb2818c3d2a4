import Foundation

/// A fresh folder under the system's temporary directory, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
  /// The folder's path.
  public let path: String

  /// Creates an empty folder.
  public init() {
    let base = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
    path = base + "vigil-test-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// A folder for a fixture a whole test run shares (a `static let`, never released): removed when the
  /// process exits instead.
  public static func removedAtExit() -> TemporaryDirectory {
    let folder = TemporaryDirectory()
    ExitRemovals.shared.add(folder.path)
    return folder
  }

  /// Writes a file (creating folders on the way) and returns its path.
  @discardableResult
  public func write(_ relativePath: String, _ contents: String) -> String {
    write(relativePath, bytes: Array(contents.utf8))
  }

  /// Writes raw bytes to a file (creating folders on the way) and returns its path.
  @discardableResult
  public func write(_ relativePath: String, bytes: [UInt8]) -> String {
    let full = path + "/" + relativePath
    let folder = (full as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
    return full
  }

  /// The path of a file or folder inside.
  public func appending(_ relativePath: String) -> String { path + "/" + relativePath }
}
