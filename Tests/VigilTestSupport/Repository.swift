import Foundation

/// Paths in the repository, found from this source file's location.
public enum Repository {
  /// The repository's root folder.
  public static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
    }
    return FileManager.default.currentDirectoryPath
  }()

  /// A path relative to the repository root.
  public static func path(_ relativePath: String) -> String { root + "/" + relativePath }

  /// The course schema.
  public static var courseSchema: String { path("Schemas/course.xsd") }

  /// The board schema.
  public static var boardSchema: String { path("Schemas/board.xsd") }
}
