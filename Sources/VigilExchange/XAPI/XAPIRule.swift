/// The rules ``XAPIStatementValidator`` checks, each from xAPI 1.0.3 (`xAPI-Data.md`) or from cmi5's
/// defined statements (`cmi5_spec.md` §9), whose result rules Vigil's statements follow.
public enum XAPIRule: String, Sendable, Hashable, CaseIterable {
  /// The text is not one JSON object (2.2).
  case notJSON = "not-json"
  /// `actor`, `verb` or `object` is missing (2.2), or a part lacks what it requires (`verb.id`, an
  /// activity's `id`, an account's `homePage` and `name`).
  case required
  /// A property the specification does not define for that object (2.2: "SHOULD* NOT be added", and the
  /// LRS "SHOULD* reject").
  case unknownProperty = "unknown-property"
  /// A `null` outside extensions (2.2: the LRS MUST reject it).
  case null
  /// A value of the wrong JSON type: a string where a number or boolean belongs, and so on (2.2).
  case wrongType = "wrong-type"
  /// The statement has no `id` (Vigil always sets it, so that a re-sent statement stays one statement),
  /// or an id, registration or statement reference is not a UUID in standard form (2.4.1, 4.4).
  case uuid
  /// An Agent without exactly one inverse functional identifier (`mbox`, `mbox_sha1sum`, `openid`,
  /// `account`), or an identifier in the wrong form (2.4.2.1, 2.4.2.3, 2.4.2.4).
  case actorIdentifier = "actor-identifier"
  /// An `objectType` other than the one the place allows (`Agent` for the actor; `Activity`, `Agent` or
  /// `StatementRef` for the object, which this validator checks).
  case objectType = "object-type"
  /// A value that must be an IRI (verb and activity ids, types, extension keys) or an IRL (an account's
  /// `homePage`) is not one (2.2, 4.3).
  case iri
  /// A language map whose key is not an RFC 5646 language tag or whose value is not a string (4.2), or a
  /// verb without `display` (2.4.3: "SHOULD be used by all Statements").
  case languageMap = "language-map"
  /// A score out of range: `scaled` outside [-1, 1], `raw` outside [`min`, `max`], `min` not below
  /// `max` (2.4.5.1), or `raw` without both `min` and `max` (cmi5 §9.5.1).
  case score
  /// A `duration` that is not an ISO 8601 duration (4.6) or finer than 0.01 s.
  case duration
  /// A `timestamp` that is not an RFC 3339 instant in UTC (4.5; cmi5 §9.7: timestamps in UTC).
  case timestamp
  /// `contextActivities` with a key other than `parent`, `grouping`, `category`, `other`, or a value
  /// that is not an array of activities (2.4.6.2).
  case contextActivities = "context-activities"
  /// `context.revision` or `context.platform` on a statement whose object is not an Activity (2.4.6).
  case revisionOrPlatform = "revision-or-platform"
  /// A `voided` statement whose object is not a `StatementRef` (2.3.2).
  case voiding
  /// The result breaks cmi5's rules for the verb: `score` on a verb other than passed or failed;
  /// `success` not true on passed, not false on failed, present elsewhere; `completion` not true on
  /// completed or present elsewhere; no `duration` on passed or failed (cmi5 §9.5).
  case resultForVerb = "result-for-verb"
  /// Two statements of a batch share an id.
  case duplicateID = "duplicate-id"
  /// A registration with more than one `completed` or more than one `passed`, or with both `passed` and
  /// `failed` (cmi5 §9.3).
  case registrationVerbs = "registration-verbs"
  /// A voiding statement that voids a voiding statement of the batch ("Any Statement that voids another
  /// cannot itself be voided", 2.3.2).
  case voidedVoiding = "voided-voiding"
}

/// One way a statement breaks an ``XAPIRule``: where (a path such as `result.score.scaled`, after the
/// statement's index in a batch) and what.
public struct XAPIViolation: Sendable, Hashable, CustomStringConvertible {
  /// The rule broken.
  public var rule: XAPIRule
  /// Where: the property's path, e.g. `actor.account.homePage`; in a batch `[2].result`.
  public var path: String
  /// What is wrong, in words.
  public var message: String

  /// Creates a violation.
  public init(_ rule: XAPIRule, at path: String, _ message: String) {
    self.rule = rule
    self.path = path
    self.message = message
  }

  /// `path: message (rule)`.
  public var description: String { "\(path.isEmpty ? "statement" : path): \(message) (\(rule.rawValue))" }
}
