import VigilBase

/// `resource-review-due` (warning): hotlines, phone numbers and sources change, so each resource
/// carries the day it was last verified and where (`verified`, `source`), and each reference the day
/// it was checked; a missing date, or one older than the review age (180 days by default), is due.
public struct ResourceReviewRule: CourseRule {
  public let id = RuleID.resourceReviewDue

  public func check(_ package: CoursePackage, context: ValidationContext) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for lesson in package.course.lessons {
      var index = 0
      for case .resources(let resources) in lesson.blocks {
        for resource in resources {
          let place = package.sources[.resource(lesson: lesson.id, index: index)]
          index += 1
          guard let verified = resource.verified, resource.source != nil else {
            diagnostics.append(
              Diagnostic(
                .warning, id,
                "resource \(Echo.quoted(resource.name)) does not say when and where it was verified; add "
                  + "verified=\"YYYY-MM-DD\" and source=\"the official page\"",
                at: place))
            continue
          }
          if let due = due(verified, context) {
            diagnostics.append(
              Diagnostic(
                .warning, id,
                "resource \(Echo.quoted(resource.name)) was last verified on \(verified), \(due) days ago; "
                  + "check it against \(resource.source ?? "its source") and update verified",
                at: place.attribute("verified")))
          }
        }
      }
    }
    for (index, reference) in package.course.references.enumerated() {
      guard let due = due(reference.checked, context) else { continue }
      diagnostics.append(
        Diagnostic(
          .warning, id,
          "reference \(index + 1) was last checked on \(reference.checked), \(due) days ago; check it"
            + (reference.web.map { " at \($0)" } ?? "") + " and update checked",
          at: package.sources[.reference(index)].attribute("checked")))
    }
    return diagnostics
  }

  /// The days since `day` when more than the review age have passed, else nil.
  private func due(_ day: CalendarDate, _ context: ValidationContext) -> Int? {
    let age = context.today.daysSinceEpoch - day.daysSinceEpoch
    return age > context.reviewDays ? age : nil
  }
}
