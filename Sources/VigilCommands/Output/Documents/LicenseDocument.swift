import VigilBoards
import VigilLedger

/// A license in `--format json` output (`vigil learner license add`, and with its credits in
/// `vigil learner show`).
struct LicenseDocument: Encodable {
  var key: String
  var learner: Int64
  var board: String
  var type: String
  var number: String
  var expires: String
  var issued: String?
  var attributes: [String]
  var credits: [CreditDocument]?
  var totalMinutes: Int?

  /// - Parameter totalMinutes: The credits' total, as the ledger summed them (``LicenseTranscript/totalMinutes``).
  init(_ license: License, credits: [EarnedCredit]?, totalMinutes: Int? = nil) {
    key = license.key.description
    learner = license.learnerID
    board = license.key.board
    type = license.key.type
    number = license.key.number
    expires = license.profile.expires.description
    issued = license.profile.issued?.description
    attributes = license.profile.attributes.sorted()
    self.credits = credits?.map { CreditDocument($0) }
    self.totalMinutes = totalMinutes
  }
}
