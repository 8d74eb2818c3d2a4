/// The feedback a graded question shows.
public struct QuestionFeedback: Sendable, Hashable, Codable {
  /// Feedback tied to what was answered: the feedback of each chosen choice (in author order), or
  /// of the short-text or numeric answer that matched. Empty when none applies.
  public var response: [String]
  /// The question's general feedback, shown whatever the answer.
  public var general: String?

  /// Creates feedback.
  public init(response: [String] = [], general: String? = nil) {
    self.response = response
    self.general = general
  }
}
