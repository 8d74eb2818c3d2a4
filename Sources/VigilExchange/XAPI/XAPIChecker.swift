import VigilSigning

/// The checks of ``XAPIStatementValidator``: walks statements and collects every violation.
struct XAPIChecker {
  /// What was found so far.
  private(set) var violations: [XAPIViolation] = []

  /// The properties a statement may have (2.4).
  static let statementProperties: Set<String> = [
    "id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version", "attachments",
  ]

  mutating func report(_ rule: XAPIRule, _ path: String, _ message: String) {
    violations.append(XAPIViolation(rule, at: path, message))
  }

  /// Checks one statement.
  mutating func statement(_ value: JSONValue, at path: String) {
    guard case .object(let statement) = value else {
      return report(.notJSON, path, "a statement is a JSON object, not \(value.kindName)")
    }
    nulls(value, at: path)
    only(Self.statementProperties, in: statement, at: path)
    for name in ["actor", "verb", "object"] where statement[name] == nil {
      report(.required, path, "the statement has no \(name); every statement has an actor, a verb and an object")
    }
    if let id = statement["id"] {
      uuid(id, at: join(path, "id"))
    } else {
      report(.uuid, join(path, "id"), "the statement has no id; set one, so a statement sent twice stays one")
    }
    if let actor = statement["actor"] { agent(actor, at: join(path, "actor")) }
    let verbID = statement["verb"].flatMap { verb($0, at: join(path, "verb")) }
    let objectType = statement["object"].flatMap { object($0, at: join(path, "object")) }
    if verbID == XAPIVocabulary.voided, let objectType, objectType != "StatementRef" {
      report(.voiding, join(path, "object"), "a voided statement's object is a StatementRef, not \(objectType)")
    }
    if let result = statement["result"] {
      self.result(result, verb: verbID, at: join(path, "result"))
    } else {
      forVerb(verbID, score: false, success: nil, hasSuccess: false, completion: nil, hasCompletion: false, at: join(path, "result"))
    }
    if verbID == XAPIVocabulary.passed || verbID == XAPIVocabulary.failed,
      statement["result"].flatMap({ if case .object(let result) = $0 { result["duration"] } else { nil } }) == nil
    {
      report(.resultForVerb, join(path, "result.duration"), "a passed or failed statement gives the duration (cmi5)")
    }
    if let context = statement["context"] { self.context(context, objectType: objectType, at: join(path, "context")) }
    if let timestamp = statement["timestamp"] { self.timestamp(timestamp, at: join(path, "timestamp")) }
    if let version = statement["version"] { _ = string(version, at: join(path, "version")) }
  }

  // MARK: - Values

  /// Reports every `null` outside extensions.
  mutating func nulls(_ value: JSONValue, at path: String) {
    switch value {
    case .null: report(.null, path, "null is not allowed outside extensions; leave the property out")
    case .array(let items): for (index, item) in items.enumerated() { nulls(item, at: "\(path)[\(index)]") }
    case .object(let object):
      for name in object.names where name != "extensions" { nulls(object[name] ?? .null, at: join(path, name)) }
    default: break
    }
  }

  /// Reports the members of `object` not among `allowed`.
  mutating func only(_ allowed: Set<String>, in object: JSONObject, at path: String) {
    for name in object.names where !allowed.contains(name) {
      report(.unknownProperty, join(path, name), "\"\(name)\" is not a property xAPI defines here; leave it out")
    }
  }

  /// The object, or nil after reporting that the value is not one.
  mutating func object(of value: JSONValue, at path: String) -> JSONObject? {
    guard case .object(let object) = value else {
      if value != .null { report(.wrongType, path, "this is an object, not \(value.kindName)") }
      return nil
    }
    return object
  }

  /// The string, or nil after reporting that the value is not one.
  mutating func string(_ value: JSONValue, at path: String) -> String? {
    guard case .string(let text) = value else {
      if value != .null { report(.wrongType, path, "this is a string, not \(value.kindName)") }
      return nil
    }
    return text
  }

  /// The number, or nil after reporting that the value is not one.
  mutating func number(_ value: JSONValue, at path: String) -> Double? {
    switch value {
    case .integer(let integer): return Double(integer)
    case .number(let text): return Double(text)
    case .null: return nil
    default:
      report(.wrongType, path, "this is a number, not \(value.kindName)")
      return nil
    }
  }

  /// The boolean, or nil after reporting that the value is not one.
  mutating func bool(_ value: JSONValue, at path: String) -> Bool? {
    guard case .bool(let flag) = value else {
      if value != .null { report(.wrongType, path, "this is true or false, not \(value.kindName)") }
      return nil
    }
    return flag
  }

  mutating func uuid(_ value: JSONValue, at path: String) {
    guard let text = string(value, at: path) else { return }
    if !XAPISyntax.isUUID(text) {
      report(.uuid, path, "\"\(text)\" is not a UUID in standard form (8-4-4-4-12 hex digits, RFC 4122 variant)")
    }
  }

  mutating func iri(_ value: JSONValue, at path: String) {
    guard let text = string(value, at: path) else { return }
    if !XAPISyntax.isIRI(text) { report(.iri, path, "\"\(text)\" is not an absolute IRI (scheme:…)") }
  }

  mutating func timestamp(_ value: JSONValue, at path: String) {
    guard let text = string(value, at: path) else { return }
    if !XAPISyntax.isUTCTimestamp(text) {
      report(.timestamp, path, "\"\(text)\" is not an instant in UTC such as 2026-11-29T19:30:00Z")
    }
  }

  func join(_ path: String, _ name: String) -> String { path.isEmpty ? name : path + "." + name }
}
