import VigilCredentials

/// One credential of a certificate in `--format json` output: its license and the credit its board
/// counts (integer minutes; hours are for display only).
struct CredentialDocument: Encodable {
  /// One approval's credit for the license.
  struct Credit: Encodable {
    var approver: String
    var approvalNumber: String
    var minutes: Int64
    var sample: Bool
  }

  /// The credential's id (its `jti`).
  var id: String
  /// `BOARD:TYPE:NUMBER`, absent without a license.
  var license: String?
  var boardName: String?
  var minutesPerHour: Int64?
  var countedMinutes: Int64
  var credits: [Credit]
  /// The `.jwt` file: in the home's `certificates/`, or the file read.
  var file: String

  init(_ claims: CredentialClaims, path: String) {
    id = claims.id
    license = claims.license
    boardName = claims.boardName
    minutesPerHour = claims.minutesPerHour
    countedMinutes = claims.countedMinutes
    credits = claims.credits.map {
      Credit(approver: $0.approver, approvalNumber: $0.approvalNumber, minutes: $0.minutes, sample: $0.isSample)
    }
    file = path
  }
}
