import VigilBase
import VigilCourse

/// Turns a passed course into the credit one license's board accepts.
///
/// A course earns credit through its approvals. For each approval that is in force on the completion date
/// and that the board accepts for the license's type, the award makes one ``EarnedCredit`` carrying the
/// approval's minutes, approver, number and topics. An approval is accepted when its approver counts toward
/// the board's general hours (``GeneralCredit``), or when a requirement for the license type takes that
/// approver (or any approver) and the approval covers the requirement's topic.
///
/// A course with several accepted approvals (ANCC for general hours and TX-HHSC for Texas trafficking, say)
/// gives one credit per approval. They all share the course id, version and completion date, which is how
/// ``ComplianceEvaluator`` knows they are one activity: its minutes count once toward the total, while each
/// credit can satisfy the topics its approval covers.
///
/// Whether the license's practice attributes make a requirement apply is not checked here: attributes
/// change (a nurse moves to direct patient care), and compliance evaluates them per cycle. Approvals marked
/// as examples still earn credit, so example courses can be exercised end to end.
public struct CreditAward: Sendable {
  /// The board whose rules decide.
  public let board: Board

  /// Creates an award for a board.
  public init(board: Board) {
    self.board = board
  }

  /// The credit a passed course earns a license.
  ///
  /// Returns no credit when the completion falls outside the course's offering (`released` to `expires`),
  /// or when no approval is both in force on `date` and accepted by the board.
  ///
  /// - Throws: ``BoardError`` when the license belongs to another board or has a type the board does not issue.
  public func credits(for course: Course, completedOn date: CalendarDate, license: LicenseProfile) throws(BoardError)
    -> [EarnedCredit]
  {
    guard license.boardID == board.id else {
      throw BoardError(
        .mismatch, "license \(license.key) belongs to board '\(license.boardID)', not '\(board.id)'; "
          + "award credit with the license's own board")
    }
    guard board.licenseTypes.contains(license.licenseType) else {
      throw BoardError(
        .mismatch, "board '\(board.id)' does not issue \(license.licenseType) licenses (it covers "
          + "\(board.licenseTypes.joined(separator: ", "))); check the license type of \(license.key)")
    }
    guard course.released <= date, date <= course.expires else { return [] }
    return course.approvals.compactMap { approval in
      guard approval.isValid(on: date), approval.minutes > 0, accepts(approval, licenseType: license.licenseType) else {
        return nil
      }
      return EarnedCredit(
        courseID: course.id, courseVersion: course.version, courseTitle: course.title, completedOn: date,
        approver: approval.approver, approvalNumber: approval.number, minutes: approval.minutes,
        topics: Set(approval.topics), isSample: approval.isExample)
    }
  }

  /// Whether the board accepts an approval for a license type, for general hours or for a topic.
  public func accepts(_ approval: Approval, licenseType: String) -> Bool {
    if board.generalCredit.accepts(approval.approver, licenseType: licenseType) { return true }
    return board.requirements.contains { requirement in
      guard requirement.appliesTo.includes(licenseType: licenseType), approval.topics.contains(requirement.topic) else {
        return false
      }
      switch requirement.approvers {
      case .general: return false
      case .any: return true
      case .only(let codes): return codes.contains(approval.approver)
      }
    }
  }
}
