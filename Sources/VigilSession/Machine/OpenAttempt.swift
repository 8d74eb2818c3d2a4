import VigilGrading

/// The attempt in progress: its record, each question's current answer and revision, and flags.
///
/// The latest answers, revisions and the answered count are kept up to date as each response is
/// saved, so a screen costs the same at question 1 and question 1,000.
struct OpenAttempt: Sendable, Hashable {
  /// Number, start, what is shown and every response saved.
  private(set) var record: AttemptRecord
  /// Revisions saved per question id.
  private(set) var revisions: [String: Int] = [:]
  /// The latest response per question id.
  private(set) var latest: [String: Response] = [:]
  /// How many presented questions have an answer.
  private(set) var answeredCount = 0
  /// The current answer per question id, as typed.
  var typed: [String: String] = [:]
  /// Flagged question ids.
  var flagged: Set<String> = []
  /// Whether the five-minute warning was shown.
  var warned = false
  /// The deadline stored with the attempt, nil when it is untimed.
  let deadline: Timestamp?
  private let presented: Set<String>

  /// Rebuilds the answers and revisions from the saved responses.
  init(record: AttemptRecord, deadline: Timestamp?) {
    presented = Set(record.attempt.questions.map(\.questionID))
    self.record = record
    self.deadline = deadline
    for saved in record.responses { count(saved) }
  }

  /// Adds a response just saved; returns its revision (1 for the question's first answer).
  mutating func save(_ saved: SavedResponse) -> Int {
    record.responses.append(saved)
    count(saved)
    return revisions[saved.questionID] ?? 1
  }

  /// The questions shown.
  var questions: [PresentedQuestion] { record.attempt.questions }

  private mutating func count(_ saved: SavedResponse) {
    revisions[saved.questionID, default: 0] += 1
    if latest.updateValue(saved.response, forKey: saved.questionID) == nil, presented.contains(saved.questionID) {
      answeredCount += 1
    }
  }
}
