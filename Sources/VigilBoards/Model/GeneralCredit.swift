/// The approvals whose credit counts toward a board's general hours.
public struct GeneralCredit: Sendable, Hashable {
  /// One approver whose approvals count, for some license types.
  public struct Grant: Sendable, Hashable {
    /// The approver code, matched against a course approval's ``VigilCourse/Approval/approver``.
    public var approver: String
    /// The license types for which it counts; empty means every type of the board.
    public var licenseTypes: [String]

    /// Creates a grant.
    public init(approver: String, licenseTypes: [String] = []) {
      self.approver = approver
      self.licenseTypes = licenseTypes
    }
  }

  /// The approvers that count.
  public var grants: [Grant]
  /// Where the rule comes from.
  public var citation: Citation
  /// Remarks on the rule.
  public var notes: [BoardNote]

  /// Creates the general-credit rule.
  public init(grants: [Grant], citation: Citation, notes: [BoardNote] = []) {
    self.grants = grants
    self.citation = citation
    self.notes = notes
  }

  /// Whether an approver's credit counts toward the general hours of a license type.
  public func accepts(_ approver: String, licenseType: String) -> Bool {
    grants.contains { $0.approver == approver && ($0.licenseTypes.isEmpty || $0.licenseTypes.contains(licenseType)) }
  }
}
