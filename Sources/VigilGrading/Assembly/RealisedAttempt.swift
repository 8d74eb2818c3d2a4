/// An attempt as assembled from a seed: the questions in the order shown and, for each, the display
/// order of its choices, stems, targets or items.
///
/// Store it with the attempt. Resume, review and regrade read it back instead of assembling again,
/// so they see exactly what the licensee saw even if the course changes.
public struct RealisedAttempt: Sendable, Hashable, Codable {
  /// The quiz's id.
  public var quizID: String
  /// The seed the attempt was assembled from.
  public var seed: UInt64
  /// The questions in display order.
  public var questions: [PresentedQuestion]

  /// Creates a realised attempt.
  public init(quizID: String, seed: UInt64, questions: [PresentedQuestion]) {
    self.quizID = quizID
    self.seed = seed
    self.questions = questions
  }

  /// The presented question with id `questionID`, if the attempt shows it.
  public func presented(_ questionID: String) -> PresentedQuestion? {
    questions.first { $0.questionID == questionID }
  }
}
