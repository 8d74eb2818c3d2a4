import VigilBase
import VigilLedger

/// The xAPI 1.0.3 statements of completion records, each the canonical JSON of one statement (RFC 8785:
/// keys sorted, no white space), a pure function of the record, its credit and the provider.
///
/// A completion record gives a `completed` statement (result: `completion` true, and the attempt's
/// `duration` when the completion came through a quiz attempt) and, when it came through a quiz, a
/// `passed` statement (result: `success` true, `score` with `scaled` = percentage / 100, `raw` = the
/// percentage within `min` 0 and `max` 100, and the `duration`): the result rules of cmi5's defined
/// statements (score and success only on passed, completion only on completed). A revocation record
/// gives one `voided` statement per statement of the record it revokes, each naming it by a
/// `StatementRef`, from the provider; so does a corrected certificate's record for the edition it
/// supersedes (``supersession(of:by:hash:credit:)``). Ids are name-based UUIDs (version 5) in the ledger's namespace,
/// so the same record always gives the same statements and an LRS sees a re-sent batch as the same.
struct XAPIStatements {
  /// Who the statements come from.
  let provider: XAPIProvider

  /// The statements of a completion record, or of a revocation record and the record it revokes.
  func statements(
    for record: CompletionRecord, hash: String, credit: ExportedCredit
  ) throws(ExchangeError) -> [[UInt8]] {
    let key = Self.key(record)
    switch record.kind {
    case .completion:
      var statements = [try completed(record, hash: hash, credit: credit, key: key)]
      if let percent = credit.percentBasisPoints {
        statements.append(try passed(record, hash: hash, credit: credit, percent: percent, key: key))
      }
      return statements
    case .revocation:
      return try Self.verbs(credit).map { verb throws(ExchangeError) in
        try voiding(key: key, verb: verb, by: record, hash: hash, reason: record.reason, at: credit.revocation?.revokedAt)
      }
    }
  }

  /// The `voided` statements that withdraw a superseded edition's statements once a corrected
  /// certificate replaces it (`record`, a later edition whose `replaces` is the superseded record's
  /// hash): one per statement of `superseded`, each naming it by a `StatementRef`, with the new record's
  /// hash, the hash it replaces, and the reason `superseded by certificate NUMBER`.
  func supersession(of superseded: CompletionRecord, by record: CompletionRecord, hash: String, credit: ExportedCredit)
    throws(ExchangeError) -> [[UInt8]]
  {
    try Self.verbs(credit).map { verb throws(ExchangeError) in
      try voiding(
        key: Self.key(superseded), verb: verb, by: record, hash: hash,
        reason: "superseded by certificate \(record.certificate)", at: nil)
    }
  }

  /// The verbs of a credit's statements: `completed`, and `passed` when it came through a quiz.
  private static func verbs(_ credit: ExportedCredit) -> [String] {
    credit.percentBasisPoints == nil ? ["completed"] : ["completed", "passed"]
  }

  /// What names a record's statements and registration: the record's identity without its kind
  /// (certificate, board, license type and number, approver, approval number), joined by U+001F.
  static func key(_ record: CompletionRecord) -> String {
    [record.certificate, record.board, record.licenseType, record.licenseNumber, record.approver, record.approvalNumber]
      .joined(separator: "\u{1F}")
  }

  /// The statement id of a record's statement with `verb` (`completed`, `passed`), for the record's key.
  func statementID(verb: String, key: String) throws(ExchangeError) -> String {
    try provider.uuid("xapi/statement/\(verb)/\(key)")
  }

  private func completed(_ record: CompletionRecord, hash: String, credit: ExportedCredit, key: String)
    throws(ExchangeError) -> [UInt8]
  {
    var result = CanonicalJSON()
    result.field("completion", true)
    if let seconds = credit.attemptSeconds { result.field("duration", XAPIDuration.format(seconds: seconds)) }
    return try statement(
      record, hash: hash, id: try statementID(verb: "completed", key: key), verb: "completed",
      verbIRI: XAPIVocabulary.completed, result: result, at: credit.completedAt, key: key)
  }

  private func passed(_ record: CompletionRecord, hash: String, credit: ExportedCredit, percent: Int, key: String)
    throws(ExchangeError) -> [UInt8]
  {
    var score = CanonicalJSON()
    score.field("max", 100)
    score.field("min", 0)
    score.field("raw", hundredths: Int64(percent))
    score.field("scaled", verbatim: Self.tenThousandths(percent))
    var result = CanonicalJSON()
    if let seconds = credit.attemptSeconds { result.field("duration", XAPIDuration.format(seconds: seconds)) }
    result.field("score", object: score)
    result.field("success", true)
    return try statement(
      record, hash: hash, id: try statementID(verb: "passed", key: key), verb: "passed",
      verbIRI: XAPIVocabulary.passed, result: result, at: credit.completedAt, key: key)
  }

  private func statement(
    _ record: CompletionRecord, hash: String, id: String, verb: StaticString, verbIRI: String, result: CanonicalJSON,
    at instant: Int64?, key: String
  ) throws(ExchangeError) -> [UInt8] {
    var json = CanonicalJSON()
    json.field("actor", object: learner(record))
    json.field("context", object: try context(record, hash: hash, key: key))
    json.field("id", id)
    json.field("object", object: activity(provider.courseVersionIRI(record.courseID, version: record.courseVersion), record))
    json.field("result", object: result)
    if let instant { json.field("timestamp", InstantText.format(instant)) }
    json.field("verb", object: Self.verb(verb, iri: verbIRI))
    return try Self.finished(json, record)
  }

  /// A `voided` statement of the statement with `verb` of the record named by `key`, from the provider,
  /// on account of `record` (a revocation, or a later edition), whose hash is `hash`.
  private func voiding(
    key: String, verb: String, by record: CompletionRecord, hash: String, reason: String?, at instant: Int64?
  ) throws(ExchangeError) -> [UInt8] {
    var account = CanonicalJSON()
    account.field("homePage", provider.web)
    account.field("name", provider.ledgerID)
    var actor = CanonicalJSON()
    actor.field("account", object: account)
    actor.field("name", provider.name)
    actor.field("objectType", "Agent")
    var extensions = CanonicalJSON()
    if let reason { extensions.field(XAPIVocabulary.reason, reason) }
    extensions.field(XAPIVocabulary.record, hash)
    if let replaces = record.replaces { extensions.field(XAPIVocabulary.replaces, replaces) }
    var context = CanonicalJSON()
    context.field("extensions", object: extensions)
    context.field("registration", try provider.uuid("xapi/registration/\(key)"))
    var object = CanonicalJSON()
    object.field("id", try statementID(verb: verb, key: key))
    object.field("objectType", "StatementRef")
    var json = CanonicalJSON()
    json.field("actor", object: actor)
    json.field("context", object: context)
    json.field("id", try provider.uuid("xapi/statement/voided/\(verb)/\(key)"))
    json.field("object", object: object)
    if let instant { json.field("timestamp", InstantText.format(instant)) }
    json.field("verb", object: Self.verb("voided", iri: XAPIVocabulary.voided))
    return try Self.finished(json, record)
  }

  /// The learner: an Agent with one identifier, an account on the provider's site named by the license.
  private func learner(_ record: CompletionRecord) -> CanonicalJSON {
    var account = CanonicalJSON()
    account.field("homePage", provider.web)
    account.field("name", "\(record.board):\(record.licenseType):\(record.licenseNumber)")
    var actor = CanonicalJSON()
    actor.field("account", object: account)
    actor.field("name", record.learnerName)
    actor.field("objectType", "Agent")
    return actor
  }

  private func context(_ record: CompletionRecord, hash: String, key: String) throws(ExchangeError) -> CanonicalJSON {
    var activities = CanonicalJSON()
    activities.field("parent", objects: [activity(provider.courseIRI(record.courseID), record)])
    var approval = CanonicalJSON()
    approval.field("approver", record.approver)
    approval.field("minutes", record.approvalMinutes)
    approval.field("number", record.approvalNumber)
    var license = CanonicalJSON()
    license.field("board", record.board)
    license.field("number", record.licenseNumber)
    license.field("type", record.licenseType)
    var extensions = CanonicalJSON()
    extensions.field(XAPIVocabulary.approval, object: approval)
    extensions.field(XAPIVocabulary.certificate, record.certificate)
    extensions.field(XAPIVocabulary.contactHours, hundredths: Int64(record.awardedHundredths))
    extensions.field(XAPIVocabulary.license, object: license)
    extensions.field(XAPIVocabulary.record, hash)
    var context = CanonicalJSON()
    context.field("contextActivities", object: activities)
    context.field("extensions", object: extensions)
    context.field("registration", try provider.uuid("xapi/registration/\(key)"))
    context.field("revision", record.courseVersion)
    return context
  }

  /// A course activity: its id, and a definition with the course's title (language `und`: the record
  /// does not say the course's language) and the course type.
  private func activity(_ id: String, _ record: CompletionRecord) -> CanonicalJSON {
    var name = CanonicalJSON()
    name.field("und", record.courseTitle)
    var definition = CanonicalJSON()
    definition.field("name", object: name)
    definition.field("type", XAPIVocabulary.courseType)
    var activity = CanonicalJSON()
    activity.field("definition", object: definition)
    activity.field("id", id)
    activity.field("objectType", "Activity")
    return activity
  }

  private static func verb(_ word: StaticString, iri: String) -> CanonicalJSON {
    var display = CanonicalJSON()
    display.field("en-US", word.description)
    var verb = CanonicalJSON()
    verb.field("display", object: display)
    verb.field("id", iri)
    return verb
  }

  private static func finished(_ json: consuming CanonicalJSON, _ record: CompletionRecord) throws(ExchangeError)
    -> [UInt8]
  {
    do {
      return try json.finished()
    } catch {
      throw ExchangeError(.invalidRecord, "the statements of certificate \(record.certificate) cannot be written (\(error))")
    }
  }

  /// Basis points as the shortest decimal of the fraction they are: 8550 as `0.855`, 10000 as `1`,
  /// 5 as `0.0005`.
  static func tenThousandths(_ basisPoints: Int) -> String {
    let magnitude = basisPoints.magnitude
    var text = (basisPoints < 0 ? "-" : "") + String(magnitude / 10_000)
    var fraction = String(magnitude % 10_000)
    guard fraction != "0" else { return text }
    fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    text += "." + fraction
    return text
  }
}
