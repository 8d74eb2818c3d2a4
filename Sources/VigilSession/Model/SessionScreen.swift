/// Where the session is: one screen of the course, in order.
public enum SessionScreen: Sendable, Hashable, Codable {
  /// Title, provider, estimated time, objectives, disclosures and credit.
  case intro
  /// A lesson page (both zero-based).
  case lesson(index: Int, page: Int)
  /// The quiz's rules before an attempt.
  case quizRules
  /// Waiting for the engine to store a new attempt (after ``SessionEffect/startAttempt(number:)``).
  case startingAttempt
  /// A question of the open attempt (zero-based).
  case question(index: Int)
  /// The summary before the final submit.
  case submitSummary
  /// The last graded attempt's result.
  case result
  /// An evaluation question (zero-based).
  case evaluation(index: Int)
  /// The course is complete.
  case completion
  /// The learner failed and has no attempts left.
  case closed
  /// The learner quit; the session is saved.
  case quit
}
