import VigilBase

/// `approval-expiring` (warning): an approval has expired or ends within the warning window (90 days).
public struct ApprovalExpiryRule: CourseRule {
  public let id = RuleID.approvalExpiring

  public func check(_ package: CoursePackage, context: ValidationContext) -> [Diagnostic] {
    package.course.approvals.compactMap { approval in
      let place = package.sources[.approval(approval.id)].attribute("validUntil")
      if approval.validUntil < context.today {
        return Diagnostic(
          .warning, id, "approval '\(approval.id)' expired on \(approval.validUntil); renew it or remove it", at: place)
      }
      let daysLeft = approval.validUntil.daysSinceEpoch - context.today.daysSinceEpoch
      guard daysLeft <= context.expiryWarningDays else { return nil }
      return Diagnostic(
        .warning, id,
        "approval '\(approval.id)' expires on \(approval.validUntil), in \(daysLeft) days; plan its renewal", at: place)
    }
  }
}
