import VigilGrading

/// What the engine must persist or do, in order, before it shows the next screen.
public enum SessionEffect: Sendable, Hashable {
  /// Commit an answer.
  case saveResponse(AnswerToSave)
  /// Record a session step with its number.
  case recordStep(RecordedStep)
  /// Store where the session is (screen, flags, seat time).
  case saveBookmark(SessionBookmark)
  /// Assemble (with a new seed) and store attempt `number`, then call ``Session/attemptStarted(_:at:)``.
  case startAttempt(number: Int)
  /// Finish the open attempt with this grade (of what was saved in time).
  case submit(AttemptGrade)
  /// Record the completion and its credit; then the engine may call ``Session/certificateIssued(_:)``.
  case complete
  /// The learner quit: everything is saved; print the resume command.
  case quit(resumeCommand: String)
}
