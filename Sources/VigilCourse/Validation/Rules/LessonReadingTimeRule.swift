import VigilBase

/// `lesson-reading-time` (warning): a lesson's estimated minutes differ from its reading time
/// (words at 200 a minute) by more than half of the reading time.
public struct LessonReadingTimeRule: CourseRule {
  public let id = RuleID.lessonReadingTime

  public func check(_ package: CoursePackage, context: ValidationContext) -> [Diagnostic] {
    package.course.lessons.compactMap { lesson in
      let reading = lesson.readingMinutes(wordsPerMinute: context.wordsPerMinute)
      guard abs(Double(lesson.minutes) - reading) > context.readingTimeTolerance * reading else { return nil }
      let shown = (reading * 10).rounded() / 10
      return Diagnostic(
        .warning, id,
        "lesson '\(lesson.id)' is estimated at \(lesson.minutes) min but its \(lesson.wordCount) words read in about "
          + "\(shown) min; adjust the minutes or the text",
        at: package.sources[.lesson(lesson.id)].attribute("minutes"))
    }
  }
}
