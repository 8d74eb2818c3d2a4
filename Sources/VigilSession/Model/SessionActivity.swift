/// A step of the session the ledger records in its chain (VigilLedger's `SessionStep`).
public enum SessionActivity: Sendable, Hashable {
  /// A lesson page (one-based) was shown for `seconds` of seat time, idle gaps left out.
  case lessonViewed(lessonID: String, page: Int, seconds: Int)
  /// The course's disclosures were shown and acknowledged.
  case disclosuresAcknowledged
  /// An evaluation question was answered.
  case evaluationAnswered(questionID: String, answer: String)
}
