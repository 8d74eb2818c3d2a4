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
            let missing = resource.verified == nil ? (resource.source == nil ? "when and where" : "when") : "where"
            diagnostics.append(
              Diagnostic(
                .warning, id,
                "resource \(Echo.quoted(resource.name)) does not say \(missing) it was verified; add "
                  + (resource.verified == nil ? "verified=\"YYYY-MM-DD\"" : "")
                  + (resource.verified == nil && resource.source == nil ? " and " : "")
                  + (resource.source == nil ? "source=\"the official page\"" : ""),
                at: place))
            continue
          }
          if let due = due(verified, context) {
            diagnostics.append(
              Diagnostic(
                .warning, id,
                "resource \(Echo.quoted(resource.name)) was last verified on \(verified), \(Self.age(due)); "
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
          "reference \(index + 1) was last checked on \(reference.checked), \(Self.age(due)); check it"
            + (reference.web.map { " at \($0)" } ?? "") + " and update checked",
          at: package.sources[.reference(index)].attribute("checked")))
    }
    return diagnostics
  }

  /// "182 days ago", or for a day after today, "a day in the future".
  private static func age(_ days: Int) -> String { days < 0 ? "a day in the future" : "\(days) days ago" }

  /// The days since `day` when more than the review age have passed, else nil. A day in the future is
  /// a typing mistake that would silence the warning for years: it is due at once.
  private func due(_ day: CalendarDate, _ context: ValidationContext) -> Int? {
    let age = context.today.daysSinceEpoch - day.daysSinceEpoch
    return age > context.reviewDays || age < 0 ? age : nil
  }
}
