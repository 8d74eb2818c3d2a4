import VigilLedger

/// A learner in `--format json` output (`vigil learner add`, and inside the list and sheet documents).
struct LearnerDocument: Encodable {
  var id: Int64
  var name: String
  var email: String?
  var birthday: String?
  /// Present only when `vigil learner update --extra-time` set it.
  var extraTimePercent: Int?

  init(_ learner: Learner, extraTimePercent: Int? = nil) {
    id = learner.id
    name = learner.name
    email = learner.email
    birthday = learner.birthday?.description
    self.extraTimePercent = extraTimePercent
  }
}
