import VigilBase

/// `approval-hours`: an approval may not grant more time than the course's estimated minutes of learning.
///
/// Learning time is the lessons' minutes plus the quizzes' estimated minutes; an hour is 60 minutes
/// unless the approval says otherwise (`minutesPerHour`).
public struct ApprovalHoursRule: CourseRule {
  public let id = RuleID.approvalHours

  public func check(_ package: CoursePackage, context: ValidationContext) -> [Diagnostic] {
    let learning = package.course.learningMinutes
    return package.course.approvals.compactMap { approval in
      guard approval.minutes > learning else { return nil }
      return Diagnostic(
        .error, id,
        "approval '\(approval.id)' grants \(approval.hoursText) h (\(approval.minutes) min) but the course has "
          + "\(learning) min of learning; lower the hours or add lesson time",
        at: package.sources[.approval(approval.id)].attribute("hours"))
    }
  }
}
