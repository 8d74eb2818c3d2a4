import Testing
import VigilExchange

/// The validator against hand-built statements: a good one passes, and each bad one, made by changing
/// exactly one thing, breaks exactly the rule it is built to break.
struct XAPIStatementValidatorTests {
  /// A `passed` statement written by hand from xAPI 1.0.3 §2.4 and cmi5 §9.5: one identifier, a score
  /// within its bounds, success, an ISO 8601 duration, a UTC timestamp, a registration and a parent.
  static let passed = """
    {"id":"fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
     "actor":{"objectType":"Agent","name":"Ana Díaz","account":{"homePage":"https://provider.example","name":"fl-bon:RN:1"}},
     "verb":{"id":"http://adlnet.gov/expapi/verbs/passed","display":{"en-US":"passed"}},
     "object":{"objectType":"Activity","id":"https://provider.example/xapi/courses/c1/1.0.0",
       "definition":{"name":{"und":"Course"},"type":"http://adlnet.gov/expapi/activities/course"}},
     "result":{"score":{"scaled":0.855,"raw":85.5,"min":0,"max":100},"success":true,"duration":"PT12M30.5S"},
     "context":{"registration":"ec531277-b57b-4c15-8d91-d292c5b2b8f7",
       "contextActivities":{"parent":[{"id":"https://provider.example/xapi/courses/c1","objectType":"Activity"}]},
       "revision":"1.0.0","extensions":{"urn:vigil:xapi:contact-hours":1.5}},
     "timestamp":"2026-11-29T19:30:00Z"}
    """

  /// A `completed` statement of the same registration.
  static let completed = passed
    .replacingOccurrences(of: "fd41c918-b88b-4b20-a0a5-a4c32391aaa0", with: "7ccd3322-e1a5-411a-a67d-6a735c76f119")
    .replacingOccurrences(of: "verbs/passed\",\"display\":{\"en-US\":\"passed\"}", with: "verbs/completed\",\"display\":{\"en-US\":\"completed\"}")
    .replacingOccurrences(
      of: #""score":{"scaled":0.855,"raw":85.5,"min":0,"max":100},"success":true"#, with: #""completion":true"#)

  /// A voiding statement of the passed one.
  static let voiding = """
    {"id":"0c8bd7b4-4a5c-4fd2-9f6f-1c2f5d1c0a11",
     "actor":{"objectType":"Agent","name":"Provider","account":{"homePage":"https://provider.example","name":"ledger"}},
     "verb":{"id":"http://adlnet.gov/expapi/verbs/voided","display":{"en-US":"voided"}},
     "object":{"objectType":"StatementRef","id":"fd41c918-b88b-4b20-a0a5-a4c32391aaa0"},
     "timestamp":"2026-11-30T08:00:00Z"}
    """

  private func violations(_ text: String) -> [XAPIViolation] {
    XAPIStatementValidator().violations(ofStatement: Array(text.utf8))
  }

  @Test func goodStatementsPass() {
    #expect(violations(Self.passed).isEmpty, "\(violations(Self.passed))")
    #expect(violations(Self.completed).isEmpty, "\(violations(Self.completed))")
    #expect(violations(Self.voiding).isEmpty, "\(violations(Self.voiding))")
  }

  /// (what is changed, the text replaced, its replacement, the rule broken, the path reported).
  static let badPassed: [(String, String, String, XAPIRule, String)] = [
    ("not JSON", #""timestamp":"2026-11-29T19:30:00Z"}"#, #""timestamp":"2026-11-29T19:30:00Z""#, .notJSON, ""),
    ("no verb", #""verb":{"id":"http://adlnet.gov/expapi/verbs/passed","display":{"en-US":"passed"}},"#, "", .required, ""),
    ("an unknown property", #""timestamp":"#, #""score":1,"timestamp":"#, .unknownProperty, "score"),
    ("a null", #""name":"Ana Díaz""#, #""name":null"#, .null, "actor.name"),
    ("success as a string", #""success":true"#, #""success":"true""#, .wrongType, "result.success"),
    ("no id", #""id":"fd41c918-b88b-4b20-a0a5-a4c32391aaa0","#, "", .uuid, "id"),
    ("an id that is not a UUID", "fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "fd41c918-b88b-4b20-a0a5", .uuid, "id"),
    ("an id of another variant", "fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "fd41c918-b88b-4b20-c0a5-a4c32391aaa0", .uuid, "id"),
    ("two identifiers", #""account":{"homePage""#, #""mbox":"mailto:ana@example.org","account":{"homePage""#, .actorIdentifier, "actor"),
    ("no identifier", #","account":{"homePage":"https://provider.example","name":"fl-bon:RN:1"}"#, "", .actorIdentifier, "actor"),
    ("a Group actor", #""objectType":"Agent","name":"Ana"#, #""objectType":"Group","name":"Ana"#, .objectType, "actor.objectType"),
    ("a homePage that is no IRL", #""homePage":"https://provider.example""#, #""homePage":"provider.example""#, .iri, "actor.account.homePage"),
    ("a verb id that is no IRI", "http://adlnet.gov/expapi/verbs/passed", "passed", .iri, "verb.id"),
    ("a verb without display", #","display":{"en-US":"passed"}"#, "", .languageMap, "verb"),
    ("a display key that is no language tag", #"{"en-US":"passed"}"#, #"{"en_US":"passed"}"#, .languageMap, "verb.display.en_US"),
    ("scaled above 1", #""scaled":0.855"#, #""scaled":1.5"#, .score, "result.score.scaled"),
    ("scaled below -1", #""scaled":0.855"#, #""scaled":-1.01"#, .score, "result.score.scaled"),
    ("raw above max", #""raw":85.5"#, #""raw":100.5"#, .score, "result.score.raw"),
    ("raw below min", #""raw":85.5"#, #""raw":-1"#, .score, "result.score.raw"),
    ("min not below max", #""raw":85.5,"min":0,"max":100"#, #""raw":50,"min":50,"max":50"#, .score, "result.score"),
    ("raw without max", #","max":100"#, "", .score, "result.score.raw"),
    ("a duration in words", "PT12M30.5S", "12 minutes", .duration, "result.duration"),
    ("a duration finer than 0.01 s", "PT12M30.5S", "PT12M30.505S", .duration, "result.duration"),
    ("a duration in the alternative format", "PT12M30.5S", "PT00:12:30", .duration, "result.duration"),
    ("a local timestamp", "2026-11-29T19:30:00Z", "2026-11-29T13:30:00-06:00", .timestamp, "timestamp"),
    ("a date for a timestamp", "2026-11-29T19:30:00Z", "2026-11-29", .timestamp, "timestamp"),
    ("a registration that is no UUID", "ec531277-b57b-4c15-8d91-d292c5b2b8f7", "registration-1", .uuid, "context.registration"),
    ("an unknown context type", #""contextActivities":{"parent""#, #""contextActivities":{"parents""#, .contextActivities, "context.contextActivities.parents"),
    ("a parent that is no array", #""parent":[{"id":"https://provider.example/xapi/courses/c1","objectType":"Activity"}]"#, #""parent":{"id":"https://provider.example/xapi/courses/c1","objectType":"Activity"}"#, .contextActivities, "context.contextActivities.parent"),
    ("an extension key that is no IRI", #""urn:vigil:xapi:contact-hours":1.5"#, #""contact-hours":1.5"#, .iri, "context.extensions.contact-hours"),
    ("success false on passed", #""success":true"#, #""success":false"#, .resultForVerb, "result.success"),
    ("completion on passed", #""success":true"#, #""success":true,"completion":true"#, .resultForVerb, "result.completion"),
    ("no duration on passed", #","duration":"PT12M30.5S""#, "", .resultForVerb, "result.duration"),
  ]

  @Test(arguments: badPassed)
  func eachBadStatementBreaksItsRule(change: String, target: String, replacement: String, rule: XAPIRule, path: String)
    throws
  {
    let text = Self.passed.replacingFirst(target, with: replacement)
    #expect(text != Self.passed, "the change '\(change)' did not apply")
    let found = violations(text)
    #expect(found.map(\.rule) == [rule], "\(change): \(found)")
    #expect(found.first?.path == path, "\(change): \(found)")
  }

  /// (what is changed, the text replaced, its replacement, the rule broken).
  static let badOthers: [(String, String, String, String, XAPIRule)] = [
    ("a score on completed", "completed", #""completion":true"#, #""completion":true,"score":{"scaled":1}"#, .resultForVerb),
    ("completion false on completed", "completed", #""completion":true"#, #""completion":false"#, .resultForVerb),
    ("success on completed", "completed", #""completion":true"#, #""completion":true,"success":true"#, .resultForVerb),
    ("a voided statement's object an Activity", "voiding", #"{"objectType":"StatementRef","id":"fd41c918-b88b-4b20-a0a5-a4c32391aaa0"}"#, #"{"objectType":"Activity","id":"https://provider.example/x"}"#, .voiding),
    ("a StatementRef that is no UUID", "voiding", #""id":"fd41c918-b88b-4b20-a0a5-a4c32391aaa0"}"#, #""id":"https://provider.example/x"}"#, .uuid),
    ("a revision with a StatementRef object", "voiding", #""timestamp""#, #""context":{"revision":"1.0.0"},"timestamp""#, .revisionOrPlatform),
  ]

  @Test(arguments: badOthers)
  func otherVerbsBreakTheirRules(change: String, base: String, target: String, replacement: String, rule: XAPIRule) {
    let original = base == "completed" ? Self.completed : Self.voiding
    let text = original.replacingFirst(target, with: replacement)
    #expect(text != original, "the change '\(change)' did not apply")
    #expect(violations(text).map(\.rule) == [rule], "\(change): \(violations(text))")
  }

  @Test func aPassedStatementWithoutAResultLacksSuccessAndDuration() {
    let text = Self.passed.replacingFirst(
      #""result":{"score":{"scaled":0.855,"raw":85.5,"min":0,"max":100},"success":true,"duration":"PT12M30.5S"},"#,
      with: "")
    #expect(violations(text).map(\.rule) == [.resultForVerb, .resultForVerb])
    #expect(violations(text).map(\.path) == ["result.success", "result.duration"])
  }

  @Test func everyViolationIsReportedNotOnlyTheFirst() {
    let text = Self.passed.replacingFirst(#""scaled":0.855"#, with: #""scaled":2"#)
      .replacingFirst("PT12M30.5S", with: "soon").replacingFirst("2026-11-29T19:30:00Z", with: "yesterday")
    #expect(Set(violations(text).map(\.rule)) == [.score, .duration, .timestamp])
  }

  private func batch(_ texts: [String]) -> [XAPIViolation] {
    XAPIStatementValidator().violations(ofLines: Array(texts.map { $0.replacingOccurrences(of: "\n", with: "") }.joined(separator: "\n").utf8))
  }

  @Test func aBatchOfGoodStatementsPasses() {
    #expect(batch([Self.completed, Self.passed, Self.voiding]).isEmpty)
  }

  @Test func batchRules() {
    #expect(batch([Self.passed, Self.passed]).map(\.rule).sorted { $0.rawValue < $1.rawValue } == [.duplicateID, .registrationVerbs])
    let secondCompleted = Self.completed.replacingFirst("7ccd3322-e1a5-411a-a67d-6a735c76f119", with: "8ccd3322-e1a5-411a-a67d-6a735c76f119")
    #expect(batch([Self.completed, secondCompleted]).map(\.rule) == [.registrationVerbs])
    let failed = Self.passed.replacingFirst("fd41c918-b88b-4b20-a0a5-a4c32391aaa0", with: "ad41c918-b88b-4b20-a0a5-a4c32391aaa0")
      .replacingFirst("verbs/passed", with: "verbs/failed").replacingFirst(#""success":true"#, with: #""success":false"#)
      .replacingFirst(#""scaled":0.855"#, with: #""scaled":0.5"#)
    #expect(batch([Self.passed, failed]).map(\.rule) == [.registrationVerbs])
    let voidTheVoid = Self.voiding.replacingFirst("0c8bd7b4-4a5c-4fd2-9f6f-1c2f5d1c0a11", with: "1c8bd7b4-4a5c-4fd2-9f6f-1c2f5d1c0a11")
      .replacingFirst("fd41c918-b88b-4b20-a0a5-a4c32391aaa0", with: "0c8bd7b4-4a5c-4fd2-9f6f-1c2f5d1c0a11")
    #expect(batch([Self.voiding, voidTheVoid]).map(\.rule) == [.voidedVoiding])
    let broken = batch([Self.passed, "{not json"])
    #expect(broken.map(\.rule) == [.notJSON] && broken.first?.path == "line 2")
  }
}

extension String {
  /// The text with the first occurrence of `target` replaced (unchanged without one).
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
