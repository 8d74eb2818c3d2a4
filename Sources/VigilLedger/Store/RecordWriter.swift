import Foundation
import GRDB
import VigilBase
import VigilBoards
import VigilCourse

/// Writes records (learners, licenses, completions with their credits) inside one write transaction,
/// appending each change's event to the chain as it goes.
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
  var chain: EventAppender
  private let learners: InsertStatement
  private let licenses: InsertStatement
  private let completions: InsertStatement
  private let credits: InsertStatement
  /// The ledger's id, once read.
  private var ledgerID: String?
  /// The id the next completion takes, once read.
  private var nextCompletionID: Int64?

  /// Starts writing in the current transaction; events are recorded at `recordedAt`.
  init(_ db: Database, recordedAt: Int64) throws {
    self.db = db
    chain = try EventAppender(db, recordedAt: recordedAt)
    learners = try InsertStatement(db, sql: LearnerRow.insertSQL)
    licenses = try InsertStatement(db, sql: LicenseRow.insertSQL)
    completions = try InsertStatement(db, sql: CompletionRow.insertSQL)
    credits = try InsertStatement(db, sql: CreditRow.insertSQL)
    if chain.headSeq == 0 { try createIdentity() }
  }

  /// Checks and stores a learner.
  mutating func addLearner(name: String, email: String?, birthday: MonthDay?) throws -> Learner {
    let checkedEmail: String?
    if let email, !email.isEmpty { checkedEmail = try Check.email(email) } else { checkedEmail = nil }
    var row = LearnerRow(Learner(id: 0, name: try Check.name(name), email: checkedEmail, birthday: birthday))
    row.id = try learners.insert(db, row.bind)
    try chain.append(db, .learnerAdded, stream: row.stream, key: "\(row.stream)/added", data: row.canonical)
    return row.learner
  }

  /// Corrects a learner's name, email or birthday: the row changes with a `learner.changed` event.
  mutating func updateLearner(id: Int64, name: String?, email: String??, birthday: MonthDay??) throws -> Learner {
    guard let stored = try Row.fetchOne(db, sql: "SELECT \(LearnerRow.columns) FROM learners WHERE id = ?", arguments: [id])
    else { throw LedgerError.noLearner(id) }
    var learner = try LearnerRow(row: stored).learner
    if let name { learner.name = try Check.name(name) }
    if let email { learner.email = try email.flatMap { $0.isEmpty ? nil : try Check.email($0) } }
    if let birthday { learner.birthday = birthday }
    let row = LearnerRow(learner)
    guard row != (try LearnerRow(row: stored)) else { return learner }
    try db.execute(
      sql: "UPDATE learners SET name = ?, email = ?, birth_month = ?, birth_day = ? WHERE id = ?",
      arguments: [row.name, row.email, row.birthMonth, row.birthDay, id])
    try chain.append(db, .learnerChanged, stream: row.stream, key: "\(row.stream)/changed/\(chain.headSeq + 1)", data: row.canonical)
    return learner
  }

  /// Checks and stores a license for a learner.
  mutating func addLicense(_ profile: LicenseProfile, learnerID: Int64) throws -> LicenseRow {
    let key = try License.checkedKey(of: profile)
    var row = LicenseRow(key: key, profile: profile, learnerID: learnerID)
    do {
      row.id = try licenses.insert(db, row.bind)
    } catch DatabaseError.SQLITE_CONSTRAINT_FOREIGNKEY {
      throw LedgerError.noLearner(learnerID)
    } catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE {
      throw LedgerError(
        .duplicate, "license \(key) is already in the ledger; show it with vigil learner show --license \(key)")
    }
    try chain.append(db, .licenseAdded, stream: row.stream, key: "\(row.stream)/added", data: row.canonical)
    return row
  }

  /// Renews or corrects a license (expiry, issue date, attributes): the row changes with a
  /// `license.changed` event.
  mutating func updateLicense(_ key: LicenseKey, expires: CalendarDate?, issued: CalendarDate??, attributes: Set<String>?)
    throws -> LicenseRow
  {
    guard let stored = try Ledger.licenseRow(db, key: key) else { throw LedgerError.noLicense(key) }
    var profile = try stored.license().profile
    if let expires { profile.expires = expires }
    if let issued { profile.issued = issued }
    if let attributes { profile.attributes = try Check.ids(attributes, "attribute") }
    if let issued = profile.issued, issued > profile.expires {
      throw LedgerError.invalid("license \(key) is issued on \(issued), after it expires on \(profile.expires)")
    }
    var row = LicenseRow(key: key, profile: profile, learnerID: stored.learnerID)
    row.id = stored.id
    guard row != stored else { return row }
    try db.execute(
      sql: "UPDATE licenses SET expires = ?, issued = ?, attributes = ? WHERE id = ?",
      arguments: [row.expires, row.issued, row.attributes, row.id])
    try chain.append(db, .licenseChanged, stream: row.stream, key: "\(row.stream)/changed/\(chain.headSeq + 1)", data: row.canonical)
    return row
  }

  /// Checks and stores a completion with its credits, and returns the completion's id.
  ///
  /// Every credit must be for one of the learner's licenses and name the completion's course,
  /// version and day. The completion is numbered (its natural key), snapshots what certificates and
  /// boards print, and its credits are numbered within it; credit from an example approval is sample
  /// credit.
  mutating func addCompletion(
    _ completion: NewCompletion, credits: [(license: LicenseReference, credit: EarnedCredit)]
  ) throws -> Int64 {
    try check(completion)
    guard
      let learnerName = try String.fetchOne(
        db.cachedStatement(sql: "SELECT name FROM learners WHERE id = ?"), arguments: [completion.learnerID])
    else { throw LedgerError.noLearner(completion.learnerID) }
    let snapshot = CompletionSnapshot(
      learnerName: learnerName, courseID: completion.courseID, courseVersion: completion.courseVersion,
      courseTitle: completion.courseTitle, providerName: completion.providerName, providerWeb: completion.providerWeb,
      approvals: completion.approvals)
    let snapshotText: String
    do {
      snapshotText = String(decoding: try snapshot.canonical.finished(), as: UTF8.self)
    } catch {
      throw LedgerError.invalid("the completion's snapshot cannot be stored (\(error))")
    }
    var row = CompletionRow(completion, snapshot: snapshotText)
    if nextCompletionID == nil {
      nextCompletionID =
        (try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) + 1 FROM completions"))) ?? 1
    }
    row.id = nextCompletionID ?? 1
    row.number = "\(try identity())/\(row.id)"
    do {
      _ = try completions.insert(db, row.bind)
    } catch DatabaseError.SQLITE_CONSTRAINT_FOREIGNKEY {
      throw LedgerError.noLearner(completion.learnerID)
    } catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE {
      throw LedgerError(
        .duplicate,
        "attempt \(completion.attemptID ?? 0) already has a completion; a passed attempt completes a course once")
    }
    nextCompletionID = row.id + 1
    try chain.append(db, .completionRecorded, stream: row.stream, key: row.eventKey, data: row.canonical)
    let examples = Set(completion.approvals.filter(\.isExample).map { "\($0.approver)\u{0}\($0.number)" })
    for (index, (license, credit)) in credits.enumerated() {
      try check(credit, for: license, of: completion)
      var creditRow = CreditRow(
        key: "\(row.number)/\(index + 1)", completionID: row.id, licenseID: license.id, board: license.key.board,
        approver: try Check.text(credit.approver, "approver"),
        approvalNumber: try Check.text(credit.approvalNumber, "approval number"), minutes: Int64(credit.minutes),
        topics: JSONStrings.encode(try Check.ids(credit.topics, "topic")),
        isSample: credit.isSample || examples.contains("\(credit.approver)\u{0}\(credit.approvalNumber)"))
      do {
        creditRow.id = try self.credits.insert(db, creditRow.bind)
      } catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE {
        throw LedgerError(
          .duplicate, "the credit under \(credit.approver) \(credit.approvalNumber) for \(license.key) is given twice")
      }
      try chain.append(db, .creditAwarded, stream: creditRow.stream, key: creditRow.eventKey, data: creditRow.canonical)
    }
    return row.id
  }

  /// Appends an event for a write made in this transaction outside the writer's own methods.
  mutating func append(_ kind: EventKind, stream: String, key: String, data: CanonicalJSON) throws {
    try chain.append(db, kind, stream: stream, key: key, data: data)
  }

  /// Appends an event whose data's members `data` writes in place (about `dataBytes` bytes).
  mutating func append(
    _ kind: EventKind, stream: String, key: String, dataBytes: Int, data: (inout CanonicalJSON) -> Void
  ) throws {
    try chain.append(db, kind, stream: stream, key: key, dataBytes: dataBytes, data: data)
  }

  /// The ledger's id (a UUID made when its first event was written), read once per writer.
  mutating func identity() throws -> String {
    if let ledgerID { return ledgerID }
    guard let id = try String.fetchOne(db.cachedStatement(sql: "SELECT id FROM ledger")) else {
      throw LedgerError.damaged("the ledger has events but no identity row")
    }
    ledgerID = id
    return id
  }

  /// Writes the ledger's identity and the `ledger.created` event that begins its chain.
  private mutating func createIdentity() throws {
    let id = UUID().uuidString.lowercased()
    try db.execute(sql: "INSERT INTO ledger (id, created_at) VALUES (?, ?)", arguments: [id, chain.recordedAt])
    ledgerID = id
    var data = CanonicalJSON()
    data.field("createdAt", chain.recordedAt)
    data.field("id", id)
    try chain.append(db, .ledgerCreated, stream: "ledger", key: "ledger/created", data: data)
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
        db.cachedStatement(sql: "SELECT learner_id, course_id, course_version, passed FROM attempts WHERE id = ?"),
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
