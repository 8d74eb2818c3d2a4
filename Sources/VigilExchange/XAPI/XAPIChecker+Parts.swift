import VigilSigning

extension XAPIChecker {
  /// The inverse functional identifiers of an Agent (2.4.2.3).
  static let identifiers = ["mbox", "mbox_sha1sum", "openid", "account"]

  /// The properties of an activity definition (2.4.4.1).
  static let definitionProperties: Set<String> = [
    "name", "description", "type", "moreInfo", "extensions", "interactionType", "correctResponsesPattern", "choices",
    "scale", "source", "target", "steps",
  ]

  /// Checks an Agent: `objectType` Agent when present, a string `name`, exactly one identifier, each in
  /// its form.
  mutating func agent(_ value: JSONValue, at path: String) {
    guard let agent = object(of: value, at: path) else { return }
    only(Set(["objectType", "name"] + Self.identifiers), in: agent, at: path)
    if let type = agent["objectType"], let text = string(type, at: join(path, "objectType")), text != "Agent" {
      report(.objectType, join(path, "objectType"), "\"\(text)\" here must be Agent (this validator checks Agents)")
    }
    if let name = agent["name"] { _ = string(name, at: join(path, "name")) }
    let present = Self.identifiers.filter { agent[$0] != nil }
    if present.count != 1 {
      report(
        .actorIdentifier, path,
        present.isEmpty
          ? "the Agent has no inverse functional identifier; give exactly one of mbox, mbox_sha1sum, openid, account"
          : "the Agent has \(present.count) inverse functional identifiers (\(present.joined(separator: ", "))); "
            + "give exactly one")
    }
    if let mbox = agent["mbox"], let text = string(mbox, at: join(path, "mbox")),
      !(text.hasPrefix("mailto:") && text.dropFirst(7).contains("@"))
    {
      report(.actorIdentifier, join(path, "mbox"), "\"\(text)\" is not a mailto: IRI of an email address")
    }
    if let sum = agent["mbox_sha1sum"], let text = string(sum, at: join(path, "mbox_sha1sum")),
      !(text.utf8.count == 40 && text.utf8.allSatisfy { XAPISyntax.isHexDigit($0) })
    {
      report(.actorIdentifier, join(path, "mbox_sha1sum"), "\"\(text)\" is not a SHA-1 in hex (40 digits)")
    }
    if let openid = agent["openid"] { iri(openid, at: join(path, "openid")) }
    if let accountValue = agent["account"], let account = object(of: accountValue, at: join(path, "account")) {
      only(["homePage", "name"], in: account, at: join(path, "account"))
      if let home = account["homePage"] {
        if let text = string(home, at: join(path, "account.homePage")), !XAPISyntax.isIRL(text) {
          report(.iri, join(path, "account.homePage"), "\"\(text)\" is not an IRL (an http or https address)")
        }
      } else {
        report(.required, join(path, "account"), "an account has a homePage")
      }
      if let name = account["name"] {
        if let text = string(name, at: join(path, "account.name")), text.isEmpty {
          report(.required, join(path, "account.name"), "an account's name is not empty")
        }
      } else {
        report(.required, join(path, "account"), "an account has a name")
      }
    }
  }

  /// Checks a verb and returns its id: an IRI `id` and a `display` language map.
  mutating func verb(_ value: JSONValue, at path: String) -> String? {
    guard let verb = object(of: value, at: path) else { return nil }
    only(["id", "display"], in: verb, at: path)
    if let display = verb["display"] {
      languageMap(display, at: join(path, "display"))
    } else {
      report(.languageMap, path, "the verb has no display; give its meaning in words, e.g. {\"en-US\": \"completed\"}")
    }
    guard let id = verb["id"] else {
      report(.required, path, "the verb has no id")
      return nil
    }
    iri(id, at: join(path, "id"))
    if case .string(let text) = id { return text }
    return nil
  }

  /// Checks the statement's object and returns its type (`Activity` when it says none).
  mutating func object(_ value: JSONValue, at path: String) -> String? {
    guard let object = object(of: value, at: path) else { return nil }
    var type = "Activity"
    if let typeValue = object["objectType"] {
      guard let text = string(typeValue, at: join(path, "objectType")) else { return nil }
      type = text
    }
    switch type {
    case "Activity": activity(value, at: path)
    case "Agent": agent(value, at: path)
    case "StatementRef": statementReference(object, at: path)
    default:
      report(.objectType, join(path, "objectType"), "\"\(type)\" is not an object type this validator checks "
        + "(Activity, Agent, StatementRef)")
    }
    return type
  }

  /// Checks an activity: an IRI `id`, and a definition whose parts have their forms.
  mutating func activity(_ value: JSONValue, at path: String) {
    guard let activity = object(of: value, at: path) else { return }
    only(["objectType", "id", "definition"], in: activity, at: path)
    if let type = activity["objectType"], let text = string(type, at: join(path, "objectType")), text != "Activity" {
      report(.objectType, join(path, "objectType"), "\"\(text)\" here must be Activity")
    }
    if let id = activity["id"] { iri(id, at: join(path, "id")) } else { report(.required, path, "the activity has no id") }
    guard let definitionValue = activity["definition"], let definition = object(of: definitionValue, at: join(path, "definition"))
    else { return }
    let place = join(path, "definition")
    only(Self.definitionProperties, in: definition, at: place)
    for name in ["name", "description"] {
      if let map = definition[name] { languageMap(map, at: join(place, name)) }
    }
    if let type = definition["type"] { iri(type, at: join(place, "type")) }
    if let more = definition["moreInfo"], let text = string(more, at: join(place, "moreInfo")), !XAPISyntax.isIRL(text) {
      report(.iri, join(place, "moreInfo"), "\"\(text)\" is not an IRL (an http or https address)")
    }
    if let extensions = definition["extensions"] { self.extensions(extensions, at: join(place, "extensions")) }
  }

  /// Checks a statement reference: `objectType` StatementRef and a UUID `id`.
  mutating func statementReference(_ reference: JSONObject, at path: String) {
    only(["objectType", "id"], in: reference, at: path)
    if let id = reference["id"] { uuid(id, at: join(path, "id")) } else {
      report(.uuid, join(path, "id"), "a StatementRef names the statement by its id")
    }
  }

  /// Checks a language map: RFC 5646 tags to strings, at least one.
  mutating func languageMap(_ value: JSONValue, at path: String) {
    guard let map = object(of: value, at: path) else { return }
    if map.names.isEmpty { report(.languageMap, path, "the language map is empty; give at least one language") }
    for tag in map.names {
      if !XAPISyntax.isLanguageTag(tag) {
        report(.languageMap, join(path, tag), "\"\(tag)\" is not an RFC 5646 language tag such as en-US")
      }
      if let text = map[tag], case .string = text {} else if map[tag] != .null {
        report(.languageMap, join(path, tag), "a language map's values are strings")
      }
    }
  }

  /// Checks an extensions map: its keys are IRIs (its values may be anything).
  mutating func extensions(_ value: JSONValue, at path: String) {
    guard let map = object(of: value, at: path) else { return }
    for key in map.names where !XAPISyntax.isIRI(key) {
      report(.iri, join(path, key), "the extension key \"\(key)\" is not an IRI")
    }
  }
}
