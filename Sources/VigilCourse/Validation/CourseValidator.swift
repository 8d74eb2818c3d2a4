import VigilBase

/// Runs every semantic rule over a course package.
public struct CourseValidator: Sendable {
  /// The rules, in the order their diagnostics are reported.
  public static let rules: [any CourseRule] = [
    CourseDatesRule(), ApprovalDatesRule(), ApprovalHoursRule(), ApprovalExpiryRule(), LessonReadingTimeRule(),
    QuestionAnswerableRule(), QuestionFeedbackRule(), SelectionSizeRule(), PassMarkRule(),
    ResourceReviewRule(), ObjectiveAssessmentRule(),
  ]

  /// The context rules run in.
  public var context: ValidationContext

  /// Creates a validator.
  public init(context: ValidationContext) {
    self.context = context
  }

  /// Every problem the rules find in the package.
  public func validate(_ package: CoursePackage) -> [Diagnostic] {
    Self.rules.flatMap { $0.check(package, context: context) }
  }
}

extension CourseValidator {
  /// Reads the package in `folder` and runs every rule on it: the one check `vigil validate` makes of a
  /// package and that commands make before they use one.
  ///
  /// Semantic rules read values the schema guarantees; on a package with file-level problems they would
  /// only repeat its errors in other words, so they run only once its files are valid.
  ///
  /// - Returns: the package when its files could be read, and every problem found.
  public func check(packageAt folder: String, with reader: CoursePackageReader)
    -> (package: CoursePackage?, diagnostics: [Diagnostic])
  {
    let (package, diagnostics) = reader.read(packageAt: folder)
    guard let package, !diagnostics.contains(where: { $0.ruleID.isFileLevel }) else { return (package, diagnostics) }
    return (package, diagnostics + validate(package))
  }
}

extension CourseValidator {
  /// The package at `path` for a command to use: a package folder, or its `course.xml`.
  ///
  /// - Throws: ``CourseError`` with `notFound` when there is no package there, or `invalidPackage`
  ///   naming the first error (and how many more) when the package has errors.
  public func usablePackage(at path: String, with reader: CoursePackageReader) throws(CourseError) -> CoursePackage {
    let folder = Self.packageFolder(for: path)
    let (package, diagnostics) = check(packageAt: folder, with: reader)
    let errors = diagnostics.filter { $0.severity == .error }
    if let package, errors.isEmpty { return package }
    if errors.count == 1, errors[0].ruleID == .packageMissingCourse {
      throw CourseError(
        .notFound, "no course package at \(Echo.quoted(path)): a package is a folder holding course.xml; check the path")
    }
    let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
    let first = errors.first.map { ": \($0)" } ?? ""
    throw CourseError(
      .invalidPackage,
      "\(Echo.quoted(path)) is not a valid course package\(first)\(more); run `vigil validate \(path)` for every problem")
  }

  /// The package folder a path names: the path itself, or the folder of a `course.xml` file.
  private static func packageFolder(for path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard trimmed == "course.xml" || trimmed.hasSuffix("/course.xml") else { return path }
    let folder = trimmed.dropLast("course.xml".count)
    return folder.isEmpty ? "." : String(folder)
  }
}
