/// The parts of a course that diagnostics point at.
public enum SourceKey: Sendable, Hashable {
  /// The `<course>` element.
  case course
  /// An approval by id.
  case approval(String)
  /// A coverage requirement by position.
  case coverage(Int)
  /// A lesson by id.
  case lesson(String)
  /// A question bank by id.
  case bank(String)
  /// A question by id.
  case question(String)
  /// A quiz by id.
  case quiz(String)
  /// A quiz section by quiz id and section id.
  case section(quiz: String, section: String)
  /// The `<released>` or `<expires>` element.
  case courseDate(String)
  /// A lesson's resource by lesson id and position among the lesson's resources.
  case resource(lesson: String, index: Int)
  /// A bibliography entry by position.
  case reference(Int)
}

/// Where each part of a course was written, so rules can point at the exact line and column.
public struct SourceMap: Sendable {
  private var references: [SourceKey: SourceReference] = [:]
  /// The file of `course.xml`, used when a part was not recorded.
  public let courseFile: String

  /// Creates an empty map for a package whose `course.xml` is `courseFile`.
  public init(courseFile: String) {
    self.courseFile = courseFile
  }

  /// Records where a part was written; the first record of a key wins.
  public mutating func record(_ key: SourceKey, _ reference: SourceReference) {
    if references[key] == nil { references[key] = reference }
  }

  /// Where a part was written (the start of `course.xml` when unknown).
  public subscript(_ key: SourceKey) -> SourceReference {
    references[key] ?? SourceReference(file: courseFile, location: .start)
  }
}
