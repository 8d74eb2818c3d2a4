import VigilBase
import VigilCourse

/// Loads a course package for commands that use one, refusing packages with errors.
enum CourseLoading {
  /// The package at `path` (a package folder or its course.xml), checked as `vigil validate` checks it.
  ///
  /// - Throws: ``CourseError`` when there is no package there or it has errors.
  static func load(_ path: String) throws(CourseError) -> CoursePackage {
    let validator = CourseValidator(context: ValidationContext(today: CommandClock.today()))
    return try validator.usablePackage(at: path, with: CoursePackageReader())
  }
}
