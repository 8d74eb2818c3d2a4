import VigilBase

/// One semantic check of a course package, identified by a stable rule id.
public protocol CourseRule: Sendable {
  /// The rule's id, printed with each diagnostic it makes.
  var id: RuleID { get }
  /// The problems the rule finds in a package.
  func check(_ package: CoursePackage, context: ValidationContext) -> [Diagnostic]
}

/// What rules may need beyond the package: today's date and the thresholds in force.
public struct ValidationContext: Sendable {
  /// The date expiry warnings are measured from.
  public var today: CalendarDate
  /// Days before an approval's end from which it is reported as expiring.
  public var expiryWarningDays: Int
  /// Reading speed for the reading-time check.
  public var wordsPerMinute: Double
  /// How far (as a share) estimated minutes may differ from the reading time before a warning.
  public var readingTimeTolerance: Double
  /// Days after which a resource's or reference's last check is due again.
  public var reviewDays: Int

  /// Creates a context.
  public init(
    today: CalendarDate, expiryWarningDays: Int = 90, wordsPerMinute: Double = 200, readingTimeTolerance: Double = 0.5,
    reviewDays: Int = 180
  ) {
    self.today = today
    self.expiryWarningDays = expiryWarningDays
    self.wordsPerMinute = wordsPerMinute
    self.readingTimeTolerance = readingTimeTolerance
    self.reviewDays = reviewDays
  }
}
