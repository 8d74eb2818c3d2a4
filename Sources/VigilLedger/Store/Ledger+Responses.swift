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
    try recordResponse(response) { _, _ in }
  }

  /// Saves a response, then lets `also` append more events in the same transaction (a bookmark).
  func recordResponse(_ response: NewResponse, also: (Database, inout EventAppender) throws -> Void)
    throws(LedgerError) -> ResponseOutcome
  {
    guard response.sequence >= 1 else { throw .invalid("a response's sequence starts at 1, not \(response.sequence)") }
    let json = try LedgerJSON.encode(response.response)
    let recordedAt = clock()
    let presented = presentedQuestions
    return try write { db in
      guard
        let finished = try Bool.fetchOne(
          db.cachedStatement(sql: "SELECT finished_at IS NOT NULL FROM attempts WHERE id = ?"),
          arguments: [response.attemptID])
      else { throw LedgerError.notFound("there is no attempt \(response.attemptID) in the ledger") }
      if finished {
        // A retry of a save that landed before the attempt was finished is still a no-op.
        guard try Self.stored(db, response, json: json) == true else { throw LedgerError.attemptClosed(response.attemptID) }
        return .alreadyStored
      }
      guard try presented.questions(of: response.attemptID, db).contains(response.questionID) else {
        throw LedgerError.invalid("attempt \(response.attemptID) does not present question \(response.questionID)")
      }
      var row = ResponseRow(response, json: json)
      do {
        row.id = try InsertStatement(db, sql: ResponseRow.insertSQL).insert(db, row.bind)
      } catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE {
        guard try Self.stored(db, response, json: json) == true else {
          throw LedgerError(
            .conflict,
            "question \(response.questionID), answer \(response.sequence) of attempt \(response.attemptID) is already "
              + "saved with a different answer; save a changed answer under the next sequence number")
        }
        return .alreadyStored
      }
      var chain = try EventAppender(db, recordedAt: recordedAt)
      try chain.append(db, .responseSaved, stream: row.stream, key: row.eventKey, data: row.canonical)
      try also(db, &chain)
      return .stored
    }
  }

  /// Whether the response is saved under its key exactly so (true), otherwise (false), or not at all (nil).
  private static func stored(_ db: Database, _ response: NewResponse, json: String) throws -> Bool? {
    guard
      let stored = try Row.fetchOne(
        db, sql: "SELECT typed, response FROM responses WHERE attempt_id = ? AND question_id = ? AND sequence = ?",
        arguments: [response.attemptID, response.questionID, response.sequence])
    else { return nil }
    return try stored.decode(String.self, atIndex: 0) == response.typed && stored.decode(String.self, atIndex: 1) == json
  }
}
