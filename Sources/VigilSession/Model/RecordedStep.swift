/// A step as the ledger holds it: its number in the session and what it was.
public struct RecordedStep: Sendable, Hashable {
  /// The step number, from 1, one counter per session.
  public var number: Int
  /// What happened.
  public var activity: SessionActivity

  /// Creates a recorded step.
  public init(number: Int, activity: SessionActivity) {
    self.number = number
    self.activity = activity
  }
}
