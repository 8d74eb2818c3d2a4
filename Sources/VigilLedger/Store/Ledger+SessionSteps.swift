import GRDB
import VigilGrading

extension Ledger {
  /// Records a step of a session (a lesson page, the disclosures, an evaluation answer) as an event on
  /// the attempt's stream, committed before this returns.
  ///
  /// `number` is the session's own count of its steps for the attempt, from 1: saving the same number
  /// again (a session unsure whether its last save landed) records nothing new.
  ///
  /// - Returns: ``ResponseOutcome/stored``, or ``ResponseOutcome/alreadyStored`` when that step was saved.
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/notFound`` (no such attempt) or
  ///   ``LedgerError/Code-swift.struct/invalidValue`` (a step number below 1, blank ids, negative seconds).
  @discardableResult
  public func recordSessionStep(_ step: SessionStep, number: Int, attemptID: Int64, at: Timestamp) throws(LedgerError)
    -> ResponseOutcome
  {
    guard number >= 1 else { throw .invalid("a session step's number starts at 1, not \(number)") }
    switch step {
    case .lessonViewed(let lessonID, let page, let seconds):
      _ = try Check.text(lessonID, "lesson id")
      guard page >= 1, (0...86_400).contains(seconds) else {
        throw .invalid("a lesson page is numbered from 1 and its seat time is 0 to 86400 seconds")
      }
    case .evaluationAnswered(let questionID, let answer):
      _ = try Check.text(questionID, "evaluation question id")
      guard answer.utf8.count <= 10_000 else { throw .invalid("an evaluation answer is at most 10,000 bytes") }
    case .disclosuresAcknowledged:
      break
    }
    let key = "attempt/\(attemptID)/step/\(number)"
    let recordedAt = clock()
    return try write { db in
      if try EventAppender.contains(db, key: key) { return .alreadyStored }
      guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM attempts WHERE id = ?)", arguments: [attemptID]) == true
      else { throw LedgerError.notFound("there is no attempt \(attemptID) in the ledger") }
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      try writer.append(
        step.kind, stream: "attempt/\(attemptID)", key: key, data: step.canonical(attemptID: attemptID, number: number, at: at))
      return .stored
    }
  }
}
