import VigilBase
import VigilGrading

/// A step of a licensee's session that has no table of its own: the chain is its record (seat time,
/// the disclosures ANCC requires before the activity, the evaluation).
public enum SessionStep: Sendable, Hashable {
  /// A lesson page was shown for `seconds` of seat time (idle gaps already left out).
  case lessonViewed(lessonID: String, page: Int, seconds: Int)
  /// The course's disclosures were shown and acknowledged before the activity.
  case disclosuresAcknowledged
  /// An evaluation question was answered.
  case evaluationAnswered(questionID: String, answer: String)

  /// The event kind that records the step.
  var kind: EventKind {
    switch self {
    case .lessonViewed: .lessonViewed
    case .disclosuresAcknowledged: .disclosuresAcknowledged
    case .evaluationAnswered: .evaluationAnswered
    }
  }

  /// The event's data.
  func canonical(attemptID: Int64, number: Int, at: Timestamp) -> CanonicalJSON {
    var json = CanonicalJSON()
    switch self {
    case .lessonViewed(let lessonID, let page, let seconds):
      json.field("at", at.secondsSinceEpoch)
      json.field("attempt", attemptID)
      json.field("lesson", lessonID)
      json.field("page", page)
      json.field("seconds", seconds)
      json.field("step", number)
    case .disclosuresAcknowledged:
      json.field("at", at.secondsSinceEpoch)
      json.field("attempt", attemptID)
      json.field("step", number)
    case .evaluationAnswered(let questionID, let answer):
      json.field("answer", answer)
      json.field("at", at.secondsSinceEpoch)
      json.field("attempt", attemptID)
      json.field("question", questionID)
      json.field("step", number)
    }
    return json
  }
}
