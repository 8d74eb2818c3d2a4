/// An attempt as the ledger keeps it: which attempt, when it started, what was shown, and every
/// response saved, in the order saved.
public struct AttemptRecord: Sendable, Hashable, Codable {
  /// The attempt's number for this learner and quiz, from 1.
  public var attemptNumber: Int
  /// When the attempt started; the deadline counts from here.
  public var startedAt: Timestamp
  /// What the attempt showed.
  public var attempt: RealisedAttempt
  /// Every response saved, oldest first; a later save for a question replaces an earlier one.
  public var responses: [SavedResponse]

  /// Creates a record.
  public init(attemptNumber: Int, startedAt: Timestamp, attempt: RealisedAttempt, responses: [SavedResponse] = []) {
    self.attemptNumber = attemptNumber
    self.startedAt = startedAt
    self.attempt = attempt
    self.responses = responses
  }
}

/// One response as saved during an attempt.
public struct SavedResponse: Sendable, Hashable, Codable {
  /// The question answered.
  public var questionID: String
  /// The response in author ids.
  public var response: Response
  /// When the response was saved.
  public var savedAt: Timestamp

  /// Creates a saved response.
  public init(questionID: String, response: Response, savedAt: Timestamp) {
    self.questionID = questionID
    self.response = response
    self.savedAt = savedAt
  }
}
