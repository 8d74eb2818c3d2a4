import GRDB
import VigilBase
import VigilBoards
import VigilCourse

extension Ledger {
  /// Records a completed course with the credits it earned, and appends one `completion.recorded`
  /// event covering the completion and its credits, all in one transaction.
  ///
  /// - Parameters:
  ///   - completion: The course, day, learner and (when taken here) the passed attempt.
  ///   - awarded: The credits per license, as VigilBoards' `CreditAward` gives them; every license must be the
  ///     learner's, and every credit must name the completion's course, version and day.
  /// - Returns: The stored completion with its credits.
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/notFound`` (learner, license or
  ///   attempt), ``LedgerError/Code-swift.struct/invalidValue`` or
  ///   ``LedgerError/Code-swift.struct/duplicate`` (the attempt already has a completion, a credit given twice).
  @discardableResult
  public func recordCompletion(_ completion: NewCompletion, credits awarded: [LicenseCredits]) throws(LedgerError)
    -> Completion
  {
    let recordedAt = clock()
    return try write { db in
      var credits: [(license: RecordWriter.LicenseReference, credit: EarnedCredit)] = []
      for award in awarded {
        guard let row = try Self.licenseRow(db, key: award.license) else { throw LedgerError.noLicense(award.license) }
        let reference = RecordWriter.LicenseReference(id: row.id, learnerID: row.learnerID, key: award.license)
        credits += award.credits.map { (reference, $0) }
      }
      var writer = try RecordWriter(db, recordedAt: recordedAt)
      let id = try writer.addCompletion(completion, credits: credits)
      _ = try CheckpointWriter.sign(db, head: writer.chain, with: signer)
      return try Self.completion(db, id: id)
    }
  }

  /// The completion with id `id`, with its credits.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/notFound`` when there is none.
  public func completion(id: Int64) throws(LedgerError) -> Completion {
    try read { db in try Self.completion(db, id: id) }
  }

  /// A learner's completions, oldest first.
  public func completions(learnerID: Int64) throws(LedgerError) -> [Completion] {
    try read { db in
      try Int64.fetchAll(
        db, sql: "SELECT id FROM completions WHERE learner_id = ? ORDER BY completed_on, id", arguments: [learnerID]
      ).map { try Self.completion(db, id: $0) }
    }
  }

  /// The credit recorded for a license, as board rules count it: sorted by completion day, then in
  /// the order recorded.
  ///
  /// - Throws: ``LedgerError/Code-swift.struct/notFound`` when the license is not in the ledger.
  public func credits(for key: LicenseKey) throws(LedgerError) -> [EarnedCredit] {
    try read { db in
      guard let license = try Self.licenseRow(db, key: key) else { throw LedgerError.noLicense(key) }
      return try Self.credits(db, licenseID: license.id)
    }
  }

  /// A license's credits inside a read transaction, by completion day, then in the order recorded.
  static func credits(_ db: Database, licenseID: Int64) throws -> [EarnedCredit] {
    let rows = try Row.fetchCursor(
        db.cachedStatement(
          sql: """
            SELECT c.course_id, c.course_version, c.course_title, c.completed_on, k.approver, k.approval_number,
            k.minutes, k.topics, k.id, k.sample
            FROM credits k JOIN completions c ON c.id = k.completion_id
            WHERE k.license_id = ? ORDER BY c.completed_on, c.id, k.id
            """), arguments: [licenseID])
      var credits: [EarnedCredit] = []
      while let row = try rows.next() {
        let creditID: Int64 = try row.decode(atIndex: 8)
        let place = { "credits row \(creditID)" }
        credits.append(
          EarnedCredit(
            courseID: try row.decode(atIndex: 0), courseVersion: try row.decode(atIndex: 1),
            courseTitle: try row.decode(atIndex: 2),
            completedOn: try Self.date(try row.decode(atIndex: 3), in: place()),
            approver: try row.decode(atIndex: 4), approvalNumber: try row.decode(atIndex: 5),
            minutes: try CreditMinutes.checked(try row.decode(atIndex: 6), table: "credits", row: creditID),
            topics: Set(try JSONStrings.decode(try row.decode(atIndex: 7), in: place())),
            isSample: try row.decode(atIndex: 9)))
      }
      return credits
  }

  /// Reads a completion and its credits inside a transaction.
  static func completion(_ db: Database, id: Int64) throws -> Completion {
    try completion(db, stored: try completionRow(db, id: id))
  }

  /// The completion of a `completions` row already read, with its credits and checkpoint.
  static func completion(_ db: Database, stored: CompletionRow) throws -> Completion {
    let id = stored.id
    let rows = try Row.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT k.id, l.board, l.type, l.number, k.approver, k.approval_number, k.minutes, k.topics, k.sample
          FROM credits k JOIN licenses l ON l.id = k.license_id WHERE k.completion_id = ? ORDER BY k.id
          """), arguments: [id])
    let credits = try rows.map { row in
      let creditID: Int64 = try row.decode(atIndex: 0)
      return RecordedCredit(
        id: creditID,
        license: try LicenseKey(
          board: try row.decode(atIndex: 1), type: try row.decode(atIndex: 2), number: try row.decode(atIndex: 3)),
        approver: try row.decode(atIndex: 4), approvalNumber: try row.decode(atIndex: 5),
        minutes: try CreditMinutes.checked(try row.decode(atIndex: 6), table: "credits", row: creditID),
        topics: Set(try JSONStrings.decode(try row.decode(atIndex: 7), in: "credits row \(creditID)")),
        isSample: try row.decode(atIndex: 8))
    }
    return Completion(
      id: stored.id, learnerID: stored.learnerID, courseID: stored.courseID, courseVersion: stored.courseVersion,
      courseTitle: stored.courseTitle, completedOn: try date(stored.completedOn, in: "completions row \(id)"),
      attemptID: stored.attemptID, percent: stored.percentBasisPoints.map { Double($0) / 100 }, credits: credits,
      number: stored.number,
      checkpoint: try String.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT token FROM checkpoints
            WHERE seq >= (SELECT seq FROM events WHERE key = ?) ORDER BY seq LIMIT 1
            """), arguments: [stored.eventKey]))
  }

  /// A `completions` row as stored.
  static func completionRow(_ db: Database, id: Int64) throws -> CompletionRow {
    guard
      let row = try Row.fetchOne(
        db.cachedStatement(sql: "SELECT \(CompletionRow.columns) FROM completions WHERE id = ?"), arguments: [id])
    else { throw LedgerError.notFound("there is no completion \(id) in the ledger") }
    return try CompletionRow(row: row)
  }

  /// Parses a stored ISO date.
  static func date(_ text: String, in place: @autoclosure () -> String) throws(LedgerError) -> CalendarDate {
    guard let date = CalendarDate(text) else {
      throw .damaged("\(place()) holds the date \(Echo.quoted(text)), which is not a date")
    }
    return date
  }
}
