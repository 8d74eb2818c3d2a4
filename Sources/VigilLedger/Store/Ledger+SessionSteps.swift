import Foundation
import GRDB
import VigilBase
import VigilGrading

extension Ledger {
  /// Records a step of a session (a lesson page, the disclosures, an evaluation answer, a bookmark) as
  /// an event on the learner's stream, committed before this returns.
  ///
  /// `number` is the session's own count of its steps in this enrolment, from 1: saving the same number
  /// again (a session unsure whether its last save landed) records nothing new.
  ///
  /// - Returns: ``ResponseOutcome/stored``, or ``ResponseOutcome/alreadyStored`` when that step was saved.
  /// - Throws: ``LedgerError`` with ``LedgerError/Code-swift.struct/notFound`` (no such learner) or
  ///   ``LedgerError/Code-swift.struct/invalidValue`` (a step number below 1, blank ids, negative seconds).
  @discardableResult
  public func recordSessionStep(_ step: SessionStep, number: Int, in place: SessionPlace, at: Timestamp)
    throws(LedgerError) -> ResponseOutcome
  {
    try Self.check(step, number: number, place: place)
    let recordedAt = clock()
    return try write { db in
      var chain = try EventAppender(db, recordedAt: recordedAt)
      return try Self.append(db, &chain, step, number: number, place: place, at: at)
    }
  }

  /// Saves a response and the session's bookmark together, in one transaction: the answer, the screen
  /// and the seat time the session had when it was given.
  @discardableResult
  public func recordResponse(_ response: NewResponse, bookmark: String, step: Int, in place: SessionPlace)
    throws(LedgerError) -> ResponseOutcome
  {
    let bookmarkStep = SessionStep.bookmarked(state: bookmark)
    try Self.check(bookmarkStep, number: step, place: place)
    return try recordResponse(response) { db, chain in
      _ = try Self.append(db, &chain, bookmarkStep, number: step, place: place, at: response.savedAt)
    }
  }

  /// The steps saved for a session, by number, each with the instant the session gave.
  public func sessionSteps(in place: SessionPlace) throws(LedgerError) -> [(number: Int, step: SessionStep, at: Timestamp)] {
    try read { db in
      let prefix = place.keyPrefix + "step/"
      let bodies = try String.fetchAll(
        db, sql: "SELECT body FROM events WHERE key >= ? AND key < ? ORDER BY seq",
        arguments: [prefix, place.keyPrefix + "step0"])
      return try bodies.compactMap { try Self.step(fromBody: $0) }.sorted { $0.number < $1.number }
    }
  }

  /// How many times the learner has completed the course: the next taking is enrolment count + 1.
  public func completionCount(learnerID: Int64, courseID: String) throws(LedgerError) -> Int {
    try read { db in
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM completions WHERE learner_id = ? AND course_id = ?",
        arguments: [learnerID, courseID]) ?? 0
    }
  }

  /// The learner's last completion of the course (the one recorded last): its id and its day; nil when
  /// never.
  public func lastCompletion(learnerID: Int64, courseID: String) throws(LedgerError) -> (id: Int64, day: CalendarDate)? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT id, completed_on FROM completions WHERE learner_id = ? AND course_id = ? ORDER BY id DESC LIMIT 1",
          arguments: [learnerID, courseID])
      else { return nil }
      let id: Int64 = try row.decode(atIndex: 0)
      return (id, try Self.date(try row.decode(atIndex: 1), in: "completions row \(id)"))
    }
  }

  /// A learner's attempts at a course's quiz within one enrolment, by attempt number.
  public func attempts(learnerID: Int64, courseID: String, quizID: String, enrolment: Int) throws(LedgerError)
    -> [LedgerAttempt]
  {
    try read { db in
      try Int64.fetchAll(
        db,
        sql: """
          SELECT id FROM attempts WHERE learner_id = ? AND course_id = ? AND quiz_id = ? AND enrolment = ?
          ORDER BY attempt_number
          """, arguments: [learnerID, courseID, quizID, enrolment]
      ).map { try Self.attempt(db, id: $0) }
    }
  }

  private static func check(_ step: SessionStep, number: Int, place: SessionPlace) throws(LedgerError) {
    guard number >= 1 else { throw .invalid("a session step's number starts at 1, not \(number)") }
    guard place.enrolment >= 1 else { throw .invalid("an enrolment is numbered from 1, not \(place.enrolment)") }
    _ = try Check.text(place.courseID, "course id")
    switch step {
    case .lessonViewed(let lessonID, let page, let seconds):
      _ = try Check.text(lessonID, "lesson id")
      guard page >= 1, (0...86_400).contains(seconds) else {
        throw .invalid("a lesson page is numbered from 1 and its seat time is 0 to 86400 seconds")
      }
    case .evaluationAnswered(let questionID, let answer):
      _ = try Check.text(questionID, "evaluation question id")
      guard answer.utf8.count <= 10_000 else { throw .invalid("an evaluation answer is at most 10,000 bytes") }
    case .bookmarked(let state):
      guard state.utf8.count <= 100_000 else { throw .invalid("a session bookmark is at most 100,000 bytes") }
    case .disclosuresAcknowledged:
      break
    }
  }

  /// Appends a step's event unless its key is in the chain already.
  private static func append(
    _ db: Database, _ chain: inout EventAppender, _ step: SessionStep, number: Int, place: SessionPlace, at: Timestamp
  ) throws -> ResponseOutcome {
    let key: String
    if case .bookmarked = step {
      key = place.keyPrefix + "bookmark/\(chain.headSeq + 1)"
    } else {
      key = place.keyPrefix + "step/\(number)"
    }
    if try EventAppender.contains(db, key: key) { return .alreadyStored }
    guard
      try Bool.fetchOne(
        db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM learners WHERE id = ?)"), arguments: [place.learnerID])
        == true
    else { throw LedgerError.noLearner(place.learnerID) }
    try chain.append(db, step.kind, stream: place.stream, key: key, data: step.canonical(place, number: number, at: at))
    return .stored
  }

  /// The latest bookmark saved for a session, as the session's JSON text.
  public func latestBookmark(in place: SessionPlace) throws(LedgerError) -> String? {
    try read { db in
      guard
        let body = try String.fetchOne(
          db, sql: "SELECT body FROM events WHERE key >= ? AND key < ? ORDER BY seq DESC LIMIT 1",
          arguments: [place.keyPrefix + "bookmark/", place.keyPrefix + "bookmark0"])
      else { return nil }
      guard case .bookmarked(let state)? = try Self.step(fromBody: body)?.step else { return nil }
      return state
    }
  }

  /// A step read back from its event's body.
  private static func step(fromBody body: String) throws -> (number: Int, step: SessionStep, at: Timestamp)? {
    guard let event = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any],
      let kind = (event["kind"] as? String).flatMap(EventKind.init(rawValue:)),
      let data = event["data"] as? [String: Any], let number = data["step"] as? Int, let at = data["at"] as? Int
    else { throw LedgerError.damaged("a session step's event does not read as one") }
    let step: SessionStep
    switch kind {
    case .lessonViewed:
      guard let lesson = data["lesson"] as? String, let page = data["page"] as? Int, let seconds = data["seconds"] as? Int
      else { throw LedgerError.damaged("a lesson.viewed event lacks its lesson, page or seconds") }
      step = .lessonViewed(lessonID: lesson, page: page, seconds: seconds)
    case .disclosuresAcknowledged:
      step = .disclosuresAcknowledged
    case .evaluationAnswered:
      guard let question = data["question"] as? String, let answer = data["answer"] as? String
      else { throw LedgerError.damaged("an evaluation.answered event lacks its question or answer") }
      step = .evaluationAnswered(questionID: question, answer: answer)
    case .sessionBookmarked:
      guard let state = data["state"] as? String else { throw LedgerError.damaged("a bookmark event lacks its state") }
      step = .bookmarked(state: state)
    default:
      return nil
    }
    return (number, step, Timestamp(secondsSinceEpoch: Int64(at)))
  }
}
