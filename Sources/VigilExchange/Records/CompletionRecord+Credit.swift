import VigilBoards
import VigilLedger

extension CompletionRecord {
  /// The completion record of a credit, its hours counted under the board's unit and rounding.
  public init(credit: ExportedCredit, unit: CreditUnit) {
    self.init(
      kind: .completion, certificate: credit.certificateNumber, learnerName: credit.learnerName,
      board: credit.license.board, licenseType: credit.license.type, licenseNumber: credit.license.number,
      courseID: credit.courseID, courseVersion: credit.courseVersion, courseTitle: credit.courseTitle,
      approver: credit.approver, approvalNumber: credit.approvalNumber, approvalMinutes: credit.minutes,
      awardedHundredths: Self.awardedHundredths(minutes: credit.minutes, unit: unit), completedOn: credit.completedOn,
      topics: credit.topics)
  }

  /// The hours a board's unit awards for minutes of learning, in hundredths, rounded down: 60 minutes
  /// are 1 hour (100) in 60-minute hours and 1.2 (120) in 50-minute hours; 96 minutes are 1.5 (150)
  /// where the board rounds down to half hours.
  public static func awardedHundredths(minutes: Int, unit: CreditUnit) -> Int {
    guard unit.minutesPerHour > 0 else { return 0 }
    return unit.counted(minutes) * 100 / unit.minutesPerHour
  }

  /// The record that revokes this one: the same credit, kind `revocation`, naming this record's hash.
  public func revoked(reason: String) throws(ExchangeError) -> CompletionRecord {
    var revocation = self
    revocation.kind = .revocation
    revocation.replaces = try hash
    revocation.reason = reason
    return revocation
  }
}
