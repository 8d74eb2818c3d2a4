import VigilBase

/// `course-dates`: a course must expire after it is released.
public struct CourseDatesRule: CourseRule {
  public let id = RuleID.courseDates

  public func check(_ package: CoursePackage, context: ValidationContext) -> [Diagnostic] {
    let course = package.course
    guard course.expires <= course.released else { return [] }
    return [
      Diagnostic(
        .error, id, "the course expires (\(course.expires)) before it is released (\(course.released)); fix the dates",
        at: package.sources[.courseDate("expires")])
    ]
  }
}
