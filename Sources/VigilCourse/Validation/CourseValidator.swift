import VigilBase

/// Runs every semantic rule over a course package.
public struct CourseValidator: Sendable {
  /// The rules, in the order their diagnostics are reported.
  public static let rules: [any CourseRule] = [
    CourseDatesRule(), ApprovalDatesRule(), ApprovalHoursRule(), ApprovalExpiryRule(), LessonReadingTimeRule(),
    QuestionAnswerableRule(), QuestionFeedbackRule(), SelectionSizeRule(), PassMarkRule(),
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
