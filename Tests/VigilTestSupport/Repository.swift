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

  /// The trafficking course as it was at version 1.0.0 (28 questions, every kind), frozen under
  /// `Tests/Fixtures` so the grading, ledger and golden tests' hand-computed expectations keep their
  /// meaning while the real course in `Courses/` is revised.
  public static var frozenCourse: String { path("Tests/Fixtures/Courses/human-trafficking-healthcare") }

  /// The course schema.
  public static var courseSchema: String { path("Schemas/course.xsd") }

  /// The board schema.
  public static var boardSchema: String { path("Schemas/board.xsd") }
}
