import VigilSigning

extension XAPIChecker {
  /// The rules of statements taken together: unique ids; per registration at most one completed, at
  /// most one passed, and not both passed and failed (cmi5 §9.3); no voiding statement voided.
  mutating func batch(_ statements: [JSONValue]) {
    var seen: [String: Int] = [:]
    var verbs: [String: [String: Int]] = [:]
    var voiding: Set<String> = []
    for statement in statements {
      guard case .object(let object) = statement, case .string(let id)? = object["id"],
        case .string(let verb)? = Self.member(object["verb"], "id")
      else { continue }
      if verb == XAPIVocabulary.voided { voiding.insert(id) }
    }
    for (index, statement) in statements.enumerated() {
      guard case .object(let object) = statement else { continue }
      let path = "[\(index)]"
      if case .string(let id)? = object["id"] {
        if let earlier = seen[id] {
          report(.duplicateID, join(path, "id"), "statement \(earlier) has the id \(id) too; give each its own")
        } else {
          seen[id] = index
        }
      }
      guard case .string(let verb)? = Self.member(object["verb"], "id") else { continue }
      if verb == XAPIVocabulary.voided, case .string(let target)? = Self.member(object["object"], "id"),
        voiding.contains(target)
      {
        report(.voidedVoiding, join(path, "object.id"), "\(target) is a voiding statement, which cannot be voided")
      }
      if case .string(let registration)? = Self.member(object["context"], "registration"),
        [XAPIVocabulary.completed, XAPIVocabulary.passed, XAPIVocabulary.failed].contains(verb)
      {
        verbs[registration, default: [:]][verb, default: 0] += 1
        let counts = verbs[registration] ?? [:]
        let word = verb.split(separator: "/").last.map(String.init) ?? verb
        if counts[verb] == 2, verb != XAPIVocabulary.failed {
          report(.registrationVerbs, join(path, "verb"), "registration \(registration) has a second \(word) statement")
        }
        if (counts[XAPIVocabulary.passed] ?? 0) > 0, (counts[XAPIVocabulary.failed] ?? 0) > 0,
          verb == XAPIVocabulary.passed || verb == XAPIVocabulary.failed, counts[verb] == 1
        {
          report(.registrationVerbs, join(path, "verb"), "registration \(registration) has both passed and failed")
        }
      }
    }
  }

  private static func member(_ value: JSONValue?, _ name: String) -> JSONValue? {
    guard case .object(let object)? = value else { return nil }
    return object[name]
  }
}
