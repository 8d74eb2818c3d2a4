import GRDB
import VigilBoards
import VigilCourse

/// Writes chained records (learners, licenses, completions with their credits) inside one write
/// transaction, appending each record's event to the chain as it goes.
///
/// ``Ledger``'s single-record methods and ``BulkLoader`` share it, so a record is checked, stored and
/// chained the same way whichever path wrote it.
struct RecordWriter {
  /// A license as a completion's credits refer to it.
  struct LicenseReference: Hashable {
    var id: Int64
    var learnerID: Int64
    var key: LicenseKey
  }

  let db: Database
  private var chain: EventAppender
  private let learners: InsertStatement
  private let licenses: InsertStatement
  private let completions: InsertStatement
  private let credits: InsertStatement

  /// Starts writing in the current transaction; events are recorded at `recordedAt`.
  init(_ db: Database, recordedAt: Int64) throws {
    self.db = db
    chain = try EventAppender(db, recordedAt: recordedAt)
    learners = try InsertStatement(db, sql: LearnerRow.insertSQL)
    licenses = try InsertStatement(db, sql: LicenseRow.insertSQL)
    completions = try InsertStatement(db, sql: CompletionRow.insertSQL)
    credits = try InsertStatement(db, sql: CreditRow.insertSQL)
  }

  /// Checks and stores a learner.
  mutating func addLearner(name: String, email: String?, birthday: MonthDay?) throws -> Learner {
    let checkedEmail: String?
    if let email, !email.isEmpty { checkedEmail = try Check.email(email) } else { checkedEmail = nil }
    var row = LearnerRow(Learner(id: 0, name: try Check.name(name), email: checkedEmail, birthday: birthday))
    row.id = try learners.insert(db, row.bind)
    try chain.append(db, table: .learners, recordID: row.id, content: row.canonical)
    return row.learner
  }

  /// Checks and stores a license for a learner.
  mutating func addLicense(_ profile: LicenseProfile, learnerID: Int64) throws -> LicenseRow {
    let key = try LicenseKey(board: profile.boardID, type: profile.licenseType, number: profile.number)
    _ = try Check.ids(profile.attributes, "attribute")
    if let issued = profile.issued, issued > profile.expires {
      throw LedgerError.invalid("license \(key) is issued on \(issued), after it expires on \(profile.expires)")
    }
    var row = LicenseRow(key: key, profile: profile, learnerID: learnerID)
    do {
      row.id = try licenses.insert(db, row.bind)
    } catch DatabaseError.SQLITE_CONSTRAINT_FOREIGNKEY {
      throw LedgerError.noLearner(learnerID)
    } catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE {
      throw LedgerError(
        .duplicate, "license \(key) is already in the ledger; show it with vigil learner show --license \(key)")
    }
    try chain.append(db, table: .licenses, recordID: row.id, content: row.canonical)
    return row
  }

  /// Checks and stores a completion with its credits, and returns the completion's id.
  ///
  /// Every credit must be for one of the learner's licenses and name the completion's course,
  /// version and day.
  mutating func addCompletion(
    _ completion: NewCompletion, credits: [(license: LicenseReference, credit: EarnedCredit)]
  ) throws -> Int64 {
    try check(completion)
    var row = CompletionRow(completion)
    do {
      row.id = try completions.insert(db, row.bind)
    } catch DatabaseError.SQLITE_CONSTRAINT_FOREIGNKEY {
      throw LedgerError.noLearner(completion.learnerID)
    } catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE {
      throw LedgerError(
        .duplicate,
        "attempt \(completion.attemptID ?? 0) already has a completion; a passed attempt completes a course once")
    }
    var contents: [CanonicalJSON] = []
    contents.reserveCapacity(credits.count)
    for (license, credit) in credits {
      try check(credit, for: license, of: completion)
      var creditRow = CreditRow(
        completionID: row.id, licenseID: license.id, board: license.key.board,
        approver: try Check.text(credit.approver, "approver"),
        approvalNumber: try Check.text(credit.approvalNumber, "approval number"), minutes: Int64(credit.minutes),
        topics: JSONStrings.encode(try Check.ids(credit.topics, "topic")))
      do {
        creditRow.id = try self.credits.insert(db, creditRow.bind)
      } catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE {
        throw LedgerError(
          .duplicate, "the credit under \(credit.approver) \(credit.approvalNumber) for \(license.key) is given twice")
      }
      contents.append(creditRow.canonical)
    }
    try chain.append(db, table: .completions, recordID: row.id, content: row.canonical(credits: contents))
    return row.id
  }

  private func check(_ completion: NewCompletion) throws {
    _ = try Check.text(completion.courseID, "course id")
    _ = try Check.text(completion.courseVersion, "course version")
    _ = try Check.text(completion.courseTitle, "course title")
    if let percent = completion.percent, !(percent.isFinite && (0...100).contains(percent)) {
      throw LedgerError.invalid("the percentage \(percent) is not between 0 and 100")
    }
    guard let attemptID = completion.attemptID else { return }
    guard
      let attempt = try Row.fetchOne(
        db, sql: "SELECT learner_id, course_id, course_version, passed FROM attempts WHERE id = ?",
        arguments: [attemptID])
    else { throw LedgerError.notFound("there is no attempt \(attemptID) in the ledger") }
    let learnerID: Int64 = try attempt.decode(atIndex: 0)
    let courseID: String = try attempt.decode(atIndex: 1)
    let courseVersion: String = try attempt.decode(atIndex: 2)
    let passed: Bool? = try attempt.decode(atIndex: 3)
    guard learnerID == completion.learnerID, courseID == completion.courseID,
      courseVersion == completion.courseVersion
    else {
      throw LedgerError.invalid(
        "attempt \(attemptID) is learner \(learnerID)'s attempt at \(courseID) \(courseVersion), not this completion's")
    }
    guard passed == true else {
      throw LedgerError.invalid("attempt \(attemptID) is not a finished, passed attempt; it cannot complete the course")
    }
  }

  private func check(
    _ credit: EarnedCredit, for license: LicenseReference, of completion: NewCompletion
  ) throws(LedgerError) {
    guard license.learnerID == completion.learnerID else {
      throw .invalid(
        "license \(license.key) belongs to learner \(license.learnerID), not learner \(completion.learnerID)")
    }
    guard credit.courseID == completion.courseID, credit.courseVersion == completion.courseVersion,
      credit.completedOn == completion.completedOn
    else {
      throw .invalid(
        "a credit names \(credit.courseID) \(credit.courseVersion) on \(credit.completedOn), but the completion is "
          + "\(completion.courseID) \(completion.courseVersion) on \(completion.completedOn)")
    }
    guard (1...60_000).contains(credit.minutes) else {
      throw .invalid("a credit of \(credit.minutes) minutes is not between 1 and 60000 minutes")
    }
  }
}

extension LedgerError {
  /// The learner a write names does not exist.
  static func noLearner(_ id: Int64) -> LedgerError {
    .notFound("there is no learner \(id) in the ledger; list learners with vigil learner list")
  }
}
