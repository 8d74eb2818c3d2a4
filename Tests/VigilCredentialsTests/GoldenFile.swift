import Foundation
import Testing
import VigilTestSupport

/// The reviewed files in `Tests/VigilCredentialsTests/Golden/` that credentials' claims are compared
/// with byte for byte. `VIGIL_UPDATE_GOLDEN=1 swift test --filter Golden` rewrites them; review the diff.
enum GoldenFile {
  private static let folder = Repository.path("Tests/VigilCredentialsTests/Golden")

  /// Expects `actual` to be the golden file `name` (or rewrites the file when asked to).
  static func expect(_ name: String, _ actual: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
  {
    let path = folder + "/" + name
    if ProcessInfo.processInfo.environment["VIGIL_UPDATE_GOLDEN"] == "1" {
      try actual.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(actual == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
  }
}
