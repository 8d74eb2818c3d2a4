import VigilBase
import VigilBoards
import VigilLedger

/// The checks a board makes of each record it imports under its own rules, before the ledger's own
/// (``BoardRecordPreparation``, which checks the hash against the fields among what it stores): the
/// board, the license's form and type, the dates, the minutes, and the hours recomputed from the
/// approval's minutes under the board's rules.
struct RecordCheck {
  /// The importing board.
  let board: Board
  /// The last day a completion may carry (today in the board's time zone).
  let latest: CalendarDate
  /// The batch's period, when its header gives one.
  let from: CalendarDate?
  let through: CalendarDate?

  /// What is wrong with a record, or nil when nothing is.
  func problem(in read: ReadRecord) -> String? {
    let record = read.record
    guard record.board == board.id else { return "it is for board \(Echo.quoted(record.board)), not \(board.id)" }
    guard (try? LicenseKey(board: record.board, type: record.licenseType, number: record.licenseNumber)) != nil else {
      return "its license number \(Echo.quoted(record.licenseNumber)) or type \(Echo.quoted(record.licenseType)) is malformed"
    }
    guard board.licenseTypes.contains(record.licenseType) else {
      return "\(board.id) issues no \(Echo.quoted(record.licenseType)) licenses (it issues \(board.licenseTypes.joined(separator: ", ")))"
    }
    guard record.completedOn <= latest else { return "it was completed on \(record.completedOn), a day still to come" }
    if let from, record.completedOn < from { return "it was completed on \(record.completedOn), before the batch's period (from \(from))" }
    if let through, record.completedOn > through { return "it was completed on \(record.completedOn), after the batch's period (through \(through))" }
    guard (1...60_000).contains(record.approvalMinutes) else {
      return "its approval minutes \(record.approvalMinutes) are outside 1 to 60000"
    }
    let expected = CompletionRecord.awardedHundredths(minutes: record.approvalMinutes, unit: board.unit)
    guard expected == record.awardedHundredths else {
      return "it claims \(HoursText.format(hundredths: record.awardedHundredths)) h, but \(board.id)'s rules give "
        + "\(HoursText.format(hundredths: expected)) h for \(record.approvalMinutes) minutes"
    }
    if let field = Self.firstBlankField(of: record) { return "its \(field) is empty" }
    switch record.kind {
    case .completion where record.reason != nil: return "a completion record carries a reason; only revocations do"
    case .revocation where record.replaces == nil || (record.reason ?? "").isBlank:
      return "a revocation must name the record it revokes (replaces) and why (reason)"
    default: return nil
    }
  }

  /// The first of the fields a record may not leave blank that it does, by name, or nil (one test a
  /// field rather than a loop over a list of them, which would be allocated for every record).
  private static func firstBlankField(of record: CompletionRecord) -> String? {
    if record.certificate.isBlank { return "certificate" }
    if record.learnerName.isBlank { return "learner name" }
    if record.courseID.isBlank { return "course id" }
    if record.courseVersion.isBlank { return "course version" }
    if record.courseTitle.isBlank { return "course title" }
    if record.approver.isBlank { return "approver" }
    if record.approvalNumber.isBlank { return "approval number" }
    return nil
  }
}
