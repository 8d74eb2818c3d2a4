/// The IRIs Vigil's xAPI statements use: ADL's verbs and activity type, and the extensions Vigil
/// defines under its own `urn:vigil:xapi:` namespace (the namespace its XML vocabularies use too: Vigil
/// has no web domain, and an extension key need only be an IRI its owner controls).
public enum XAPIVocabulary {
  /// The xAPI version statements follow, and the value of the `X-Experience-API-Version` header.
  public static let version = "1.0.3"
  /// ADL's `completed` verb.
  public static let completed = "http://adlnet.gov/expapi/verbs/completed"
  /// ADL's `passed` verb.
  public static let passed = "http://adlnet.gov/expapi/verbs/passed"
  /// ADL's `failed` verb.
  public static let failed = "http://adlnet.gov/expapi/verbs/failed"
  /// xAPI's reserved `voided` verb: the statement's object, a `StatementRef`, no longer stands.
  public static let voided = "http://adlnet.gov/expapi/verbs/voided"
  /// ADL's activity type of a course.
  public static let courseType = "http://adlnet.gov/expapi/activities/course"

  /// Context extension: the hours the board's rules award (a number such as `1` or `1.5`).
  public static let contactHours: StaticString = "urn:vigil:xapi:contact-hours"
  /// Context extension: the approval, `{"approver", "minutes", "number"}`.
  public static let approval: StaticString = "urn:vigil:xapi:approval"
  /// Context extension: the certificate number.
  public static let certificate: StaticString = "urn:vigil:xapi:certificate"
  /// Context extension: the license, `{"board", "number", "type"}`.
  public static let license: StaticString = "urn:vigil:xapi:license"
  /// Context extension: the completion record's hash (the same record in every export format).
  public static let record: StaticString = "urn:vigil:xapi:record"
  /// Context extension of a voiding statement: why the certificate was revoked.
  public static let reason: StaticString = "urn:vigil:xapi:reason"
  /// Context extension of a voiding statement: the hash of the record it revokes.
  public static let replaces: StaticString = "urn:vigil:xapi:replaces"
}
