/// A course package that was read: its folder, the course built from its files, and where each part was written.
public struct CoursePackage: Sendable {
  /// The package folder as the user gave it.
  public var directory: String
  /// The path of `course.xml`.
  public var courseFile: String
  /// The course.
  public var course: Course
  /// Where each part of the course was written.
  public var sources: SourceMap
  /// The package's files: course.xml and every file it references, by path relative to the package.
  public var files: [String: String]

  /// Creates a package.
  public init(directory: String, courseFile: String, course: Course, sources: SourceMap, files: [String: String] = [:]) {
    self.files = files
    self.directory = directory
    self.courseFile = courseFile
    self.course = course
    self.sources = sources
  }
}
