import VigilGrading

/// An attempt as the ledger holds it: the record (start, realised order, saved responses) and its
/// grade once finished.
public struct RecordedAttempt: Sendable, Hashable {
  /// Number, start time, what was shown and every response saved, oldest first.
  public var record: AttemptRecord
  /// The grade, or nil while the attempt is open.
  public var grade: AttemptGrade?
  /// The deadline stored when the attempt started (start + time limit + the learner's extra time then),
  /// or nil for an untimed attempt.
  public var deadline: Timestamp?

  /// Creates a recorded attempt.
  public init(record: AttemptRecord, grade: AttemptGrade? = nil, deadline: Timestamp? = nil) {
    self.record = record
    self.grade = grade
    self.deadline = deadline
  }
}
