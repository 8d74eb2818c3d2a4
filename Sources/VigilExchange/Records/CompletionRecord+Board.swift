import VigilLedger

extension CompletionRecord {
  /// The record as the board's ledger stores it, with its hash.
  func boardRecord(hash: String) -> BoardRecord {
    BoardRecord(
      approvalMinutes: approvalMinutes, approvalNumber: approvalNumber, approver: approver,
      awardedHundredths: Int64(awardedHundredths), board: board, certificate: certificate, completedOn: completedOn,
      courseID: courseID, courseTitle: courseTitle, courseVersion: courseVersion,
      kind: kind == .completion ? .completion : .revocation, learnerName: learnerName, licenseNumber: licenseNumber,
      licenseType: licenseType, reason: reason, replaces: replaces, topics: topics, hash: hash)
  }
}
