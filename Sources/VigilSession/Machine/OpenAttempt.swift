import VigilGrading

/// The attempt in progress: its record, each question's current answer and revision, and flags.
struct OpenAttempt: Sendable, Hashable {
  /// Number, start, what is shown and every response saved.
  var record: AttemptRecord
  /// Revisions saved per question id.
  var revisions: [String: Int] = [:]
  /// The current answer per question id, as typed.
  var typed: [String: String] = [:]
  /// Flagged question ids.
  var flagged: Set<String> = []
  /// Whether the five-minute warning was shown.
  var warned = false

  /// Rebuilds the answers and revisions from the saved responses.
  init(record: AttemptRecord) {
    self.record = record
    for saved in record.responses {
      revisions[saved.questionID, default: 0] += 1
    }
  }

  /// The latest response per question id.
  var latest: [String: Response] {
    var answers: [String: Response] = [:]
    for saved in record.responses { answers[saved.questionID] = saved.response }
    return answers
  }

  /// How many presented questions have an answer.
  var answeredCount: Int {
    let answered = Set(record.responses.map(\.questionID))
    return record.attempt.questions.count { answered.contains($0.questionID) }
  }

  /// The questions shown.
  var questions: [PresentedQuestion] { record.attempt.questions }
}
