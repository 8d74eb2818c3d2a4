import GRDB

extension Ledger {
  /// Saves one response, committed before this returns; idempotent on
  /// `(attemptID, questionID, sequence)`.
  ///
  /// - Returns: ``ResponseOutcome/stored``, or ``ResponseOutcome/alreadyStored`` when the same
  ///   response was already saved under its key.
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/conflict`` (a different response
  ///   under the same key), ``LedgerError/Code-swift.struct/attemptClosed``,
  ///   ``LedgerError/Code-swift.struct/notFound`` (no such attempt) or
  ///   ``LedgerError/Code-swift.struct/invalidValue`` (a question the attempt does not present, a
  ///   sequence below 1).
  @discardableResult
  public func recordResponse(_ response: NewResponse) throws(LedgerError) -> ResponseOutcome {
    guard response.sequence >= 1 else { throw .invalid("a response's sequence starts at 1, not \(response.sequence)") }
    let json = try LedgerJSON.encode(response.response)
    let key = "question \(response.questionID), answer \(response.sequence) of attempt \(response.attemptID)"
    let recordedAt = clock()
    return try write { db in
      if let stored = try Row.fetchOne(
        db, sql: "SELECT typed, response FROM responses WHERE attempt_id = ? AND question_id = ? AND sequence = ?",
        arguments: [response.attemptID, response.questionID, response.sequence])
      {
        let typed: String = try stored.decode(atIndex: 0)
        let storedJSON: String = try stored.decode(atIndex: 1)
        guard typed == response.typed, storedJSON == json else {
          throw LedgerError(
            .conflict,
            "\(key) is already saved with a different answer; save a changed answer "
              + "under the next sequence number")
        }
        return .alreadyStored
      }
      guard
        let attempt = try Row.fetchOne(
          db,
          sql: """
            SELECT finished_at IS NOT NULL,
              EXISTS (SELECT 1 FROM json_each(realised, '$.questions') WHERE json_extract(value, '$.questionID') = ?)
            FROM attempts WHERE id = ?
            """, arguments: [response.questionID, response.attemptID])
      else { throw LedgerError.notFound("there is no attempt \(response.attemptID) in the ledger") }
      guard !(try attempt.decode(Bool.self, atIndex: 0)) else { throw LedgerError.attemptClosed(response.attemptID) }
      guard try attempt.decode(Bool.self, atIndex: 1) else {
        throw LedgerError.invalid("attempt \(response.attemptID) does not present question \(response.questionID)")
      }
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      var row = ResponseRow(response, json: json)
      row.id = try InsertStatement(db, sql: ResponseRow.insertSQL).insert(db, row.bind)
      try writer.append(.responseSaved, stream: row.stream, key: row.eventKey, data: row.canonical)
      return .stored
    }
  }
}
