import VigilBase

/// `select-exceeds-bank`: a quiz section draws more questions than its bank holds, or fewer than its
/// fixed questions, which are always drawn.
public struct SelectionSizeRule: CourseRule {
  public let id = RuleID.selectExceedsBank

  public func check(_ package: CoursePackage, context: ValidationContext) -> [Diagnostic] {
    package.course.quizzes.flatMap { quiz in
      quiz.sections.compactMap { section in
        guard let select = section.selectCount else { return nil }
        let place = package.sources[.section(quiz: quiz.id, section: section.id)].attribute("select")
        let available = section.pool.questions.count
        let fixed = section.pool.questions.filter(\.isFixed).count
        if select > available {
          return Diagnostic(
            .error, id,
            "section '\(section.id)' selects \(select) questions but bank '\(section.pool.id)' has \(available); "
              + "lower select or add questions",
            at: place)
        }
        if fixed > select {
          return Diagnostic(
            .error, id,
            "section '\(section.id)' selects \(select) questions but bank '\(section.pool.id)' has \(fixed) fixed "
              + "questions, which are always drawn; raise select or unfix questions",
            at: place)
        }
        return nil
      }
    }
  }
}
