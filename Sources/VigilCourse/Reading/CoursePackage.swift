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
  /// The digest of the package's files (`sha256:…`): SHA-256 over `sha256sum`'s listing of course.xml
  /// and every file it references, in path order. An attempt stores it, so a resume can tell that the
  /// course changed since the attempt began.
  public var contentDigest: String

  /// Creates a package.
  public init(directory: String, courseFile: String, course: Course, sources: SourceMap, contentDigest: String = "") {
    self.contentDigest = contentDigest
    self.directory = directory
    self.courseFile = courseFile
    self.course = course
    self.sources = sources
  }
}
