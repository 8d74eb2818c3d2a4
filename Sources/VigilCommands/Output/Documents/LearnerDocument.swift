import VigilLedger

/// A learner in `--format json` output (`vigil learner add`, and inside the list and sheet documents).
struct LearnerDocument: Encodable {
  var id: Int64
  var name: String
  var email: String?
  var birthday: String?

  init(_ learner: Learner) {
    id = learner.id
    name = learner.name
    email = learner.email
    birthday = learner.birthday?.description
  }
}
