import VigilGrading

/// An attempt as the ledger holds it: the record (start, realised order, saved responses) and its
/// grade once finished.
public struct RecordedAttempt: Sendable, Hashable {
  /// Number, start time, what was shown and every response saved, oldest first.
  public var record: AttemptRecord
  /// The grade, or nil while the attempt is open.
  public var grade: AttemptGrade?

  /// Creates a recorded attempt.
  public init(record: AttemptRecord, grade: AttemptGrade? = nil) {
    self.record = record
    self.grade = grade
  }
}
