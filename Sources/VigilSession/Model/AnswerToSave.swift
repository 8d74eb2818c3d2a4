import VigilGrading

/// An answer the engine must commit before the next screen is shown.
public struct AnswerToSave: Sendable, Hashable {
  /// The attempt number, from 1.
  public var attemptNumber: Int
  /// The question answered.
  public var questionID: String
  /// The answer's revision for this question in this attempt, from 1 (a changed answer takes the next).
  public var revision: Int
  /// The text exactly as typed.
  public var typed: String
  /// The parsed response in author ids.
  public var response: Response
  /// When it was given.
  public var savedAt: Timestamp

  /// Creates an answer to save.
  public init(
    attemptNumber: Int, questionID: String, revision: Int, typed: String, response: Response, savedAt: Timestamp
  ) {
    self.attemptNumber = attemptNumber
    self.questionID = questionID
    self.revision = revision
    self.typed = typed
    self.response = response
    self.savedAt = savedAt
  }
}
