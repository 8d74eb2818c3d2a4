import VigilSigning

extension XAPIChecker {
  /// Checks a result: its parts' types and forms, the score's ranges, and cmi5's rules for the verb.
  mutating func result(_ value: JSONValue, verb: String?, at path: String) {
    guard let result = object(of: value, at: path) else { return }
    only(["score", "success", "completion", "response", "duration", "extensions"], in: result, at: path)
    if let score = result["score"] { self.score(score, at: join(path, "score")) }
    let success = result["success"].flatMap { bool($0, at: join(path, "success")) }
    let completion = result["completion"].flatMap { bool($0, at: join(path, "completion")) }
    if let response = result["response"] { _ = string(response, at: join(path, "response")) }
    if let duration = result["duration"], let text = string(duration, at: join(path, "duration")),
      !XAPISyntax.isDuration(text)
    {
      report(
        .duration, join(path, "duration"),
        "\"\(text)\" is not an ISO 8601 duration to 0.01 s at most, such as PT12M30.5S")
    }
    if let extensions = result["extensions"] { self.extensions(extensions, at: join(path, "extensions")) }
    forVerb(verb, score: result["score"] != nil, success: success, hasSuccess: result["success"] != nil,
      completion: completion, hasCompletion: result["completion"] != nil, at: path)
  }

  /// cmi5 §9.5: score only on passed and failed; success true on passed, false on failed, absent on
  /// completed; completion true on completed, absent on passed and failed.
  mutating func forVerb(
    _ verb: String?, score: Bool, success: Bool?, hasSuccess: Bool, completion: Bool?, hasCompletion: Bool,
    at path: String
  ) {
    switch verb {
    case XAPIVocabulary.passed?, XAPIVocabulary.failed?:
      let passed = verb == XAPIVocabulary.passed
      // A success of the wrong type is reported as such, not again here.
      if hasSuccess ? success.map({ $0 != passed }) ?? false : true {
        report(.resultForVerb, join(path, "success"), "a \(passed ? "passed" : "failed") statement's success is \(passed)")
      }
      if hasCompletion {
        report(.resultForVerb, join(path, "completion"), "completion belongs on a completed statement, not here")
      }
    case XAPIVocabulary.completed?:
      if hasCompletion ? completion == false : true { report(.resultForVerb, join(path, "completion"), "a completed statement's completion is true") }
      if hasSuccess { report(.resultForVerb, join(path, "success"), "success belongs on passed or failed, not completed") }
      if score { report(.resultForVerb, join(path, "score"), "a score belongs on passed or failed, not completed") }
    default: break
    }
  }

  /// Checks a score: numbers, `scaled` within [-1, 1], `min` below `max`, `raw` within them, and `raw`
  /// only with both.
  mutating func score(_ value: JSONValue, at path: String) {
    guard let score = object(of: value, at: path) else { return }
    only(["scaled", "raw", "min", "max"], in: score, at: path)
    let scaled = score["scaled"].flatMap { number($0, at: join(path, "scaled")) }
    let raw = score["raw"].flatMap { number($0, at: join(path, "raw")) }
    let minimum = score["min"].flatMap { number($0, at: join(path, "min")) }
    let maximum = score["max"].flatMap { number($0, at: join(path, "max")) }
    if let scaled, !(-1...1).contains(scaled) {
      report(.score, join(path, "scaled"), "scaled is \(scaled); it lies within -1 and 1")
    }
    if let minimum, let maximum, minimum >= maximum {
      report(.score, path, "min (\(minimum)) is not below max (\(maximum))")
    }
    if let raw {
      if let minimum, raw < minimum { report(.score, join(path, "raw"), "raw (\(raw)) is below min (\(minimum))") }
      if let maximum, raw > maximum { report(.score, join(path, "raw"), "raw (\(raw)) is above max (\(maximum))") }
      if score["min"] == nil || score["max"] == nil {
        report(.score, join(path, "raw"), "a raw score comes with both min and max (cmi5)")
      }
    }
  }

  /// Checks a context: its parts' forms, the context activities, and revision and platform only for an
  /// Activity object.
  mutating func context(_ value: JSONValue, objectType: String?, at path: String) {
    guard let context = object(of: value, at: path) else { return }
    only(
      ["registration", "instructor", "team", "contextActivities", "revision", "platform", "language", "statement",
       "extensions"], in: context, at: path)
    if let registration = context["registration"] { uuid(registration, at: join(path, "registration")) }
    if let instructor = context["instructor"] { agent(instructor, at: join(path, "instructor")) }
    for name in ["revision", "platform"] {
      guard let entry = context[name] else { continue }
      _ = string(entry, at: join(path, name))
      if let objectType, objectType != "Activity" {
        report(.revisionOrPlatform, join(path, name), "\(name) is only for a statement whose object is an Activity")
      }
    }
    if let language = context["language"], let tag = string(language, at: join(path, "language")),
      !XAPISyntax.isLanguageTag(tag)
    {
      report(.languageMap, join(path, "language"), "\"\(tag)\" is not an RFC 5646 language tag")
    }
    if let statement = context["statement"], let reference = object(of: statement, at: join(path, "statement")) {
      if reference["objectType"] != .string("StatementRef") {
        report(.objectType, join(path, "statement.objectType"), "a context statement is a StatementRef")
      }
      statementReference(reference, at: join(path, "statement"))
    }
    if let activities = context["contextActivities"] {
      contextActivities(activities, at: join(path, "contextActivities"))
    }
    if let extensions = context["extensions"] { self.extensions(extensions, at: join(path, "extensions")) }
  }

  private mutating func contextActivities(_ value: JSONValue, at path: String) {
    guard let activities = object(of: value, at: path) else { return }
    for name in activities.names {
      let place = join(path, name)
      guard ["parent", "grouping", "category", "other"].contains(name) else {
        report(.contextActivities, place, "\"\(name)\" is not a context type (parent, grouping, category, other)")
        continue
      }
      guard case .array(let items) = activities[name] else {
        report(.contextActivities, place, "context activities are an array of activities, even for one")
        continue
      }
      for (index, item) in items.enumerated() { activity(item, at: "\(place)[\(index)]") }
    }
  }
}
