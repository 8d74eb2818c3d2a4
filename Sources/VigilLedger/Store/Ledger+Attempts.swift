import GRDB
import VigilGrading

extension Ledger {
  /// Starts an attempt: stores what the quiz assembler realised and numbers the attempt (1 for the
  /// learner's first attempt at this course's quiz, then 2, 3…).
  ///
  /// - Returns: The stored attempt, with no responses yet.
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/notFound`` (no such learner) or
  ///   ``LedgerError/Code-swift.struct/invalidValue`` (blank ids, a deadline before the start).
  public func startAttempt(_ new: NewAttempt) throws(LedgerError) -> LedgerAttempt {
    _ = try Check.text(new.courseID, "course id")
    _ = try Check.text(new.courseVersion, "course version")
    _ = try Check.text(new.contentDigest, "content digest")
    _ = try Check.text(new.attempt.quizID, "quiz id")
    _ = try Check.text(new.timeZone, "time zone")
    guard new.enrolment >= 1 else { throw .invalid("an enrolment is numbered from 1, not \(new.enrolment)") }
    if let deadline = new.deadline, deadline < new.startedAt {
      throw .invalid("the attempt's deadline is before its start")
    }
    let realised = try LedgerJSON.encode(new.attempt)
    let questions = try LedgerJSON.encode(new.questions)
    let recordedAt = clock()
    return try write { db in
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      let number =
        try Int64.fetchOne(
          db,
          sql: """
            SELECT coalesce(max(attempt_number), 0) + 1 FROM attempts
            WHERE learner_id = ? AND course_id = ? AND quiz_id = ? AND enrolment = ?
            """, arguments: [new.learnerID, new.courseID, new.attempt.quizID, new.enrolment]) ?? 1
      var row = AttemptRow(new, number: number, realised: realised, questions: questions)
      do {
        row.id = try InsertStatement(db, sql: AttemptRow.insertSQL).insert(db, row.bind)
      } catch DatabaseError.SQLITE_CONSTRAINT_FOREIGNKEY {
        throw LedgerError.noLearner(new.learnerID)
      }
      try writer.append(.attemptStarted, stream: row.stream, key: "\(row.stream)/started", data: row.startedCanonical)
      return try Self.attempt(db, id: row.id)
    }
  }

  /// Finishes an attempt with its grade; it takes no more responses afterwards.
  ///
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/notFound``,
  ///   ``LedgerError/Code-swift.struct/attemptClosed`` (already finished) or
  ///   ``LedgerError/Code-swift.struct/invalidValue`` (the grade is for another attempt number).
  @discardableResult
  public func finishAttempt(id: Int64, grade: AttemptGrade, finishedAt: Timestamp) throws(LedgerError) -> LedgerAttempt
  {
    guard grade.percentage.isFinite, (0...100).contains(grade.percentage) else {
      throw .invalid("the grade's percentage \(grade.percentage) is not between 0 and 100")
    }
    let gradeJSON = try LedgerJSON.encode(grade)
    let recordedAt = clock()
    return try write { db in
      let stored = try Self.attempt(db, id: id)
      guard !stored.isFinished else { throw LedgerError.attemptClosed(id) }
      guard stored.record.attemptNumber == grade.attemptNumber else {
        throw LedgerError.invalid(
          "the grade is for attempt number \(grade.attemptNumber), but attempt \(id) is number \(stored.record.attemptNumber)"
        )
      }
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      let basisPoints = Int64((grade.percentage * 100).rounded())
      try db.execute(
        sql: "UPDATE attempts SET finished_at = ?, percent_bp = ?, passed = ?, grade = ? WHERE id = ?",
        arguments: [finishedAt.secondsSinceEpoch, basisPoints, grade.passed, gradeJSON, id])
      guard let row = try Row.fetchOne(db, sql: "SELECT \(AttemptRow.columns) FROM attempts WHERE id = ?", arguments: [id]),
        let graded = try AttemptRow(row: row).gradedCanonical
      else { throw LedgerError.damaged("attempt \(id) vanished while it was graded") }
      try writer.append(.attemptGraded, stream: "attempt/\(id)", key: "attempt/\(id)/graded", data: graded)
      return try Self.attempt(db, id: id)
    }
  }

  /// The attempt with id `id`, with its saved responses.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/notFound`` when there is none.
  public func attempt(id: Int64) throws(LedgerError) -> LedgerAttempt {
    try read { db in try Self.attempt(db, id: id) }
  }

  /// A learner's attempts at a course's quiz, by attempt number (for attempt limits, the quiz result
  /// and regrade).
  public func attempts(learnerID: Int64, courseID: String, quizID: String) throws(LedgerError) -> [LedgerAttempt] {
    try read { db in
      try Int64.fetchAll(
        db,
        sql: "SELECT id FROM attempts WHERE learner_id = ? AND course_id = ? AND quiz_id = ? ORDER BY attempt_number",
        arguments: [learnerID, courseID, quizID]
      ).map { try Self.attempt(db, id: $0) }
    }
  }

  /// The learner's latest unfinished attempt at a course's quiz, to resume; nil when there is none.
  public func openAttempt(learnerID: Int64, courseID: String, quizID: String) throws(LedgerError) -> LedgerAttempt? {
    try read { db in
      try Int64.fetchOne(
        db,
        sql: """
          SELECT id FROM attempts WHERE learner_id = ? AND course_id = ? AND quiz_id = ? AND finished_at IS NULL
          ORDER BY attempt_number DESC LIMIT 1
          """, arguments: [learnerID, courseID, quizID]
      ).map { try Self.attempt(db, id: $0) }
    }
  }

  /// Reads an attempt and its responses inside a transaction.
  static func attempt(_ db: Database, id: Int64) throws -> LedgerAttempt {
    guard
      let row = try Row.fetchOne(db, sql: "SELECT \(AttemptRow.columns) FROM attempts WHERE id = ?", arguments: [id])
    else { throw LedgerError.notFound("there is no attempt \(id) in the ledger") }
    let attemptRow = try AttemptRow(row: row)
    var responses: [SavedResponse] = []
    let rows = try Row.fetchCursor(
      db, sql: "SELECT question_id, response, saved_at, id FROM responses WHERE attempt_id = ? ORDER BY id",
      arguments: [id])
    while let response = try rows.next() {
      let text: String = try response.decode(atIndex: 1)
      let rowID: Int64 = try response.decode(atIndex: 3)
      responses.append(
        SavedResponse(
          questionID: try response.decode(atIndex: 0),
          response: try LedgerJSON.decode(Response.self, text, in: "responses row \(rowID)"),
          savedAt: Timestamp(secondsSinceEpoch: try response.decode(atIndex: 2))))
    }
    return try attemptRow.attempt(responses: responses)
  }
}

extension LedgerError {
  /// The attempt is finished.
  static func attemptClosed(_ id: Int64) -> LedgerError {
    LedgerError(.attemptClosed, "attempt \(id) is finished and takes no more responses; start a new attempt")
  }
}
