import VigilLedger

/// `vigil learner list --format json`: every learner with their license keys.
struct LearnerListDocument: Encodable {
  /// One learner and the keys of their licenses.
  struct Entry: Encodable {
    var learner: LearnerDocument
    var licenses: [String]
  }

  var learners: [Entry]

  init(_ learners: [(Learner, [License])]) {
    self.learners = learners.map { Entry(learner: LearnerDocument($0), licenses: $1.map(\.key.description)) }
  }
}
