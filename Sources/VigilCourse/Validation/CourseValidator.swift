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
