import Foundation
import Testing

/// A folder of reviewed files that a test's output is compared with byte for byte.
/// `VIGIL_UPDATE_GOLDEN=1 swift test --filter Golden` rewrites them; review the diff.
public struct GoldenFolder: Sendable {
  private let path: String

  /// The folder at `relativePath` in the repository, e.g. `Tests/vigilTests/Golden`.
  public init(_ relativePath: String) {
    path = Repository.path(relativePath)
  }

  /// Expects `actual` to be the golden file `name` (or rewrites the file when asked to).
  public func expect(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let file = path + "/" + name
    if ProcessInfo.processInfo.environment["VIGIL_UPDATE_GOLDEN"] == "1" {
      try actual.write(toFile: file, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOfFile: file, encoding: .utf8)
    #expect(actual == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
  }
}
