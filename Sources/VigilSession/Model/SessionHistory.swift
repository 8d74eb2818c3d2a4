/// Everything the ledger holds about this session, to rebuild it on resume.
public struct SessionHistory: Sendable, Hashable {
  /// The session's steps.
  public var steps: [RecordedStep]
  /// The enrolment's attempts in number order.
  public var attempts: [RecordedAttempt]
  /// The last bookmark stored, if any.
  public var bookmark: SessionBookmark?
  /// Whether the completion was recorded.
  public var isCompleted: Bool

  /// Creates a history; the default is a session never started.
  public init(
    steps: [RecordedStep] = [], attempts: [RecordedAttempt] = [], bookmark: SessionBookmark? = nil,
    isCompleted: Bool = false
  ) {
    self.steps = steps
    self.attempts = attempts
    self.bookmark = bookmark
    self.isCompleted = isCompleted
  }
}
