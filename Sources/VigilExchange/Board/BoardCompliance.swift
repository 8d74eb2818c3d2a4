import VigilBase
import VigilBoards
import VigilLedger

/// Who on a board's roster meets the board's requirements in a renewal cycle, evaluated from the
/// completion records the board imported, exactly as `vigil transcript` evaluates a license from a
/// provider's credit (the same ``VigilBoards/ComplianceEvaluator``).
///
/// It streams: licensees come one at a time from one merged scan of the roster and the records
/// (ordered by license), so a board of any size takes the memory of one licensee.
public struct BoardCompliance: Sendable {
  /// The board whose rules apply.
  public let board: Board
  private let evaluator: ComplianceEvaluator

  /// Prepares an evaluation under a board's rules.
  public init(board: Board) {
    self.board = board
    evaluator = ComplianceEvaluator(board: board)
  }

  /// Evaluates every licensee on the board's roster for their cycle that contains `cycleEnding` (the
  /// license's own cycle, as `vigil transcript --cycle-ending` takes it), then lists the records of
  /// licenses the roster does not hold.
  ///
  /// - Parameters:
  ///   - ledger: The board's ledger.
  ///   - cycleEnding: A day of the cycle to evaluate, usually its last.
  ///   - licensee: Receives each licensee on the roster, in license order.
  ///   - offRoster: Receives each current completion record of a license not on the roster, after every
  ///     licensee, in license order.
  /// - Returns: How many licensees are compliant, of how many.
  /// - Throws: An error a callback throws, unchanged, or a ``VigilLedger/LedgerError``.
  public func run(
    ledger: Ledger, cycleEnding: CalendarDate, licensee: (LicenseeCompliance) throws -> Void,
    offRoster: (StoredBoardRecord) throws -> Void
  ) throws -> ComplianceSummary {
    var licensees = 0
    var compliant = 0
    try ledger.forEachRosterLicense(board: board.id) { license, records in
      let credits = records.map { Self.credit($0.record) }
      let result = evaluator.evaluate(license.profile, credits: credits, cycleEndingOn: cycleEnding)
      licensees += 1
      if result.isCompliant { compliant += 1 }
      try licensee(LicenseeCompliance(license: license, records: records, credits: credits, result: result))
    }
    var offRosterRecords = 0
    try ledger.forEachRecordOffRoster(board: board.id) { record in
      offRosterRecords += 1
      try offRoster(record)
    }
    return ComplianceSummary(compliant: compliant, licensees: licensees, offRosterRecords: offRosterRecords)
  }

  /// The credit a completion record stands for: the approval's minutes (``VigilLedger/BoardRecord/approvalMinutes``),
  /// which the board's own rules round, as a provider's transcript does with its credit.
  public static func credit(_ record: BoardRecord) -> EarnedCredit {
    EarnedCredit(
      courseID: record.courseID, courseVersion: record.courseVersion, courseTitle: record.courseTitle,
      completedOn: record.completedOn, approver: record.approver, approvalNumber: record.approvalNumber,
      minutes: record.approvalMinutes, topics: Set(record.topics))
  }
}
