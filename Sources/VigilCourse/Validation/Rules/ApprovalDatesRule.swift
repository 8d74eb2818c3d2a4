import VigilBase

/// `approval-dates`: an approval must end after it starts and be in force during the course's life.
public struct ApprovalDatesRule: CourseRule {
  public let id = RuleID.approvalDates

  public func check(_ package: CoursePackage, context: ValidationContext) -> [Diagnostic] {
    let course = package.course
    return course.approvals.compactMap { approval in
      let place = package.sources[.approval(approval.id)]
      if approval.validUntil < approval.validFrom {
        return Diagnostic(
          .error, id,
          "approval '\(approval.id)' ends (\(approval.validUntil)) before it starts (\(approval.validFrom)); fix the dates",
          at: place.attribute("validUntil"))
      }
      if approval.validUntil < course.released || approval.validFrom > course.expires {
        return Diagnostic(
          .error, id,
          "approval '\(approval.id)' (\(approval.validFrom) to \(approval.validUntil)) is never in force while the course "
            + "runs (\(course.released) to \(course.expires)); correct the approval or the course dates",
          at: place.attribute("validFrom"))
      }
      return nil
    }
  }
}
