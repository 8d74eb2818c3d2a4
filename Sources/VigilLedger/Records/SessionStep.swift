import VigilBase
import VigilGrading

/// A step of a licensee's session that has no table of its own: the chain is its record (seat time,
/// the disclosures ANCC requires before the activity, the evaluation, where the session stands).
public enum SessionStep: Sendable, Hashable {
  /// A lesson page was shown for `seconds` of seat time (idle gaps already left out).
  case lessonViewed(lessonID: String, page: Int, seconds: Int)
  /// The course's disclosures were shown and acknowledged before the activity.
  case disclosuresAcknowledged
  /// An evaluation question was answered.
  case evaluationAnswered(questionID: String, answer: String)
  /// Where the session stands (its screen, flags and seat time), as the session's own JSON text; the
  /// latest one is where a resume starts.
  case bookmarked(state: String)

  /// The event kind that records the step.
  var kind: EventKind {
    switch self {
    case .lessonViewed: .lessonViewed
    case .disclosuresAcknowledged: .disclosuresAcknowledged
    case .evaluationAnswered: .evaluationAnswered
    case .bookmarked: .sessionBookmarked
    }
  }

  /// The event's data.
  func canonical(_ place: SessionPlace, number: Int, at: Timestamp) -> CanonicalJSON {
    var json = CanonicalJSON()
    switch self {
    case .lessonViewed(let lessonID, let page, let seconds):
      json.field("at", at.secondsSinceEpoch)
      json.field("course", place.courseID)
      json.field("enrolment", place.enrolment)
      json.field("learner", place.learnerID)
      json.field("lesson", lessonID)
      json.field("page", page)
      json.field("seconds", seconds)
      json.field("step", number)
    case .disclosuresAcknowledged:
      json.field("at", at.secondsSinceEpoch)
      json.field("course", place.courseID)
      json.field("enrolment", place.enrolment)
      json.field("learner", place.learnerID)
      json.field("step", number)
    case .evaluationAnswered(let questionID, let answer):
      json.field("answer", answer)
      json.field("at", at.secondsSinceEpoch)
      json.field("course", place.courseID)
      json.field("enrolment", place.enrolment)
      json.field("learner", place.learnerID)
      json.field("question", questionID)
      json.field("step", number)
    case .bookmarked(let state):
      json.field("at", at.secondsSinceEpoch)
      json.field("course", place.courseID)
      json.field("enrolment", place.enrolment)
      json.field("learner", place.learnerID)
      json.field("state", state)
      json.field("step", number)
    }
    return json
  }
}

/// Whose session a step belongs to: a learner's enrolment in a course (1 for the first taking, 2 for a
/// retake after a completion).
public struct SessionPlace: Sendable, Hashable {
  /// The learner.
  public var learnerID: Int64
  /// The course id.
  public var courseID: String
  /// The enrolment, from 1.
  public var enrolment: Int

  /// Creates a place.
  public init(learnerID: Int64, courseID: String, enrolment: Int) {
    self.learnerID = learnerID
    self.courseID = courseID
    self.enrolment = enrolment
  }

  /// The stream of its events: the learner's.
  var stream: String { "learner/\(learnerID)" }

  /// The prefix of its steps' idempotency keys.
  var keyPrefix: String { "session/\(learnerID)/\(courseID)/\(enrolment)/" }
}
