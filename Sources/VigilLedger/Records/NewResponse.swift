import VigilGrading

/// One answer as the learner gave it, to save before the next screen is shown.
///
/// `(attemptID, questionID, sequence)` is the idempotency key: saving the same key again stores
/// nothing new, so a session that is unsure whether its last save landed (a crash, a killed
/// terminal) simply saves again.
public struct NewResponse: Sendable, Hashable {
  /// The attempt.
  public var attemptID: Int64
  /// The question answered; the attempt must present it.
  public var questionID: String
  /// The answer's number for this question in this attempt, from 1; a changed answer takes the next.
  public var sequence: Int
  /// The text exactly as typed.
  public var typed: String
  /// The parsed response, in the author's ids.
  public var response: Response
  /// When it was saved.
  public var savedAt: Timestamp

  /// Creates a response to save.
  public init(
    attemptID: Int64, questionID: String, sequence: Int, typed: String, response: Response, savedAt: Timestamp
  ) {
    self.attemptID = attemptID
    self.questionID = questionID
    self.sequence = sequence
    self.typed = typed
    self.response = response
    self.savedAt = savedAt
  }
}

/// What saving a response did.
public enum ResponseOutcome: Sendable, Hashable {
  /// The response was stored now.
  case stored
  /// The same response was already stored under its key; nothing changed.
  case alreadyStored
}
