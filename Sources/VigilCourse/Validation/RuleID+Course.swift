import VigilBase

extension RuleID {
  // Packages
  /// A folder holds no course.xml.
  public static let packageMissingCourse = RuleID("package-missing-course", fileLevel: true)
  /// A file the package names does not exist.
  public static let fileMissing = RuleID("file-missing", fileLevel: true)
  /// A file the package names lies outside the package folder.
  public static let fileOutsidePackage = RuleID("file-outside-package", fileLevel: true)
  /// A file the package names is not the kind of file expected there.
  public static let fileWrongKind = RuleID("file-wrong-kind", fileLevel: true)
  /// The package's files together are larger than the package budget.
  public static let packageTooLarge = RuleID("package-too-large", fileLevel: true)

  // Course semantics
  /// Two things of one kind share an id.
  public static let duplicateID = RuleID("duplicate-id")
  /// A reference names an id that does not exist.
  public static let unresolvedReference = RuleID("unresolved-reference")
  /// A question's settings do not fit its kind.
  public static let questionKindMismatch = RuleID("question-kind-mismatch")
  /// No answer earns a question's full points.
  public static let questionUnanswerable = RuleID("question-unanswerable")
  /// A section draws more questions than its bank holds.
  public static let selectExceedsBank = RuleID("select-exceeds-bank")
  /// Some draw of the quiz cannot reach the pass mark.
  public static let passMarkUnreachable = RuleID("pass-mark-unreachable")
  /// The course's dates are out of order.
  public static let courseDates = RuleID("course-dates")
  /// An approval's dates are out of order.
  public static let approvalDates = RuleID("approval-dates")
  /// An approval's hours do not fit the course.
  public static let approvalHours = RuleID("approval-hours")
  /// An approval expires soon or has expired.
  public static let approvalExpiring = RuleID("approval-expiring")
  /// A lesson's stated minutes do not fit its text.
  public static let lessonReadingTime = RuleID("lesson-reading-time")
  /// A question has no feedback.
  public static let questionWithoutFeedback = RuleID("question-without-feedback")
  /// A resource or reference has no verified date, or was last verified longer ago than the review age.
  public static let resourceReviewDue = RuleID("resource-review-due")
  /// An objective is assessed by no question a quiz can draw.
  public static let objectiveNotAssessed = RuleID("objective-not-assessed")
  /// Some draw of a quiz leaves an objective that its questions assess unassessed.
  public static let objectiveMayGoUnassessed = RuleID("objective-may-go-unassessed")

  /// Every rule id of course packages, in the order the README lists them.
  public static let courseRules: [RuleID] = [
    .packageMissingCourse, .fileMissing, .fileOutsidePackage, .fileWrongKind, .packageTooLarge, .duplicateID, .unresolvedReference,
    .questionKindMismatch, .questionUnanswerable, .selectExceedsBank, .passMarkUnreachable, .courseDates,
    .approvalDates, .approvalHours, .approvalExpiring, .lessonReadingTime, .questionWithoutFeedback,
    .resourceReviewDue, .objectiveNotAssessed, .objectiveMayGoUnassessed,
  ]
}
