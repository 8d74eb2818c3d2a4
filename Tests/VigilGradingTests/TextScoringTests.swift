import Testing
import VigilGrading

@Suite("Short text scoring")
struct TextScoringTests {
  /// Moodle's fixture: frog = 100 %, toad = 80 %, anything else hits `*` = 0 with its feedback.
  @Test(
    "frog, toad and the catch-all",
    arguments: [
      ("frog", 1.0, "Frog is a very good answer."), ("  Frog \n", 1, "Frog is a very good answer."),
      ("TOAD", 0.8, "Toad is an OK good answer."), ("newt", 0, "That is a bad answer."),
      ("frogs", 0, "That is a bad answer."), ("", 0, "That is a bad answer."),
      ("\tfrog\r\n", 1, "Frog is a very good answer."), ("\u{A0}frog\u{3000}", 1, "Frog is a very good answer."),
      ("fr og", 0, "That is a bad answer."), ("\u{1}frog", 0, "That is a bad answer."),
    ] as [(String, Double, String)])
  func frog(answer: String, expected: Double, feedback: String) throws {
    let grade = try Fixtures.frog.grade(.text(answer: answer))
    #expect(grade.finalFraction == expected)
    #expect(grade.feedback.response == [feedback])
    #expect(grade.feedback.general == "The answer is frog")
  }

  @Test(
    "wildcards match whole strings",
    arguments: [
      ("colo*r", "color", true), ("colo*r", "colour", true), ("colo*r", "colors", false),
      ("*ing", "running", true), ("*ing", "ing", true), ("*ing", "singer", false),
      ("a*b*c", "abc", true), ("a*b*c", "aXbYc", true), ("a*b*c", "acbc", true), ("a*b*c", "acb", false),
      ("a**b", "ab", true), ("*", "", true), ("*", "anything at all", true),
      ("a\\*b", "a*b", true), ("a\\*b", "axb", false), ("5\\*", "5*", true), ("5\\*", "55", false),
      ("a\\b", "a\\b", true), ("\\**", "*star", true), ("\\**", "star", false),
      ("frog", "fro", false), ("frog", "frogfrog", false), ("a*", "a\r\nb", true), ("a\r*", "a\r\n", false),
    ] as [(String, String, Bool)])
  func wildcard(pattern: String, answer: String, matches: Bool) throws {
    let question = Fixtures.text([TextAnswer(pattern: pattern, fraction: 1)])
    #expect(try question.grade(.text(answer: answer)).finalFraction == (matches ? 1 : 0))
  }

  /// The IMS text_entry example, case-sensitive: York = 1, york = 0.5, anything else 0.
  @Test(
    "case rule",
    arguments: [("York", true, 1.0), ("york", true, 0.5), ("YORK", true, 0), ("YORK", false, 1), ("york", false, 1)])
  func caseRule(answer: String, caseSensitive: Bool, expected: Double) throws {
    let answers = [TextAnswer(pattern: "York", fraction: 1), TextAnswer(pattern: "york", fraction: 0.5)]
    let question = Fixtures.text(answers, caseSensitive: caseSensitive)
    #expect(try question.grade(.text(answer: answer)).finalFraction == expected)
  }

  @Test func firstMatchingAnswerWins() throws {
    let answers = [
      TextAnswer(pattern: "*cat*", fraction: 0.5, feedback: "close"),
      TextAnswer(pattern: "cat", fraction: 1, feedback: "exact"),
    ]
    let grade = try Fixtures.text(answers).grade(.text(answer: "cat"))
    #expect(grade.finalFraction == 0.5)
    #expect(grade.feedback.response == ["close"])
  }

  /// NFC "é" (U+00E9) and NFD "e" + U+0301 are canonically equivalent; a wildcard never splits "é".
  @Test(
    "Unicode canonical equivalence",
    arguments: [
      ("caf\u{E9}", "cafe\u{301}", true), ("cafe\u{301}", "caf\u{E9}", true), ("CAF\u{C9}", "cafe\u{301}", true),
      ("caf*", "caf\u{E9}", true), ("cafe*", "cafe\u{301}", false), ("ärger", "ÄRGER", true),
    ])
  func unicode(pattern: String, answer: String, matches: Bool) throws {
    let question = Fixtures.text([TextAnswer(pattern: pattern, fraction: 1)])
    #expect(try question.grade(.text(answer: answer)).finalFraction == (matches ? 1 : 0))
  }

  @Test func hostileTextIsGradedNotCrashed() throws {
    let question = Fixtures.text([TextAnswer(pattern: "*a*a*a*a*a*b", fraction: 1)])
    let long = String(repeating: "a", count: 10_000)
    #expect(try question.grade(.text(answer: long)).finalFraction == 0)
    #expect(try question.grade(.text(answer: long + "b")).finalFraction == 1)
    #expect(try Fixtures.frog.grade(.text(answer: "🐸")).finalFraction == 0)
  }
}

@Suite("Numeric scoring")
struct NumericScoringTests {
  /// 3.14 ± 0.01, bounds inclusive: [3.13, 3.15].
  @Test(
    "absolute tolerance",
    arguments: [(3.14, true), (3.13, true), (3.15, true), (3.1501, false), (3.1299, false), (-3.14, false)])
  func absolute(value: Double, accepted: Bool) throws {
    let question = Fixtures.numeric([NumericAnswer(value: 3.14, tolerance: 0.01)])
    #expect(try question.grade(.number(value: value)).finalFraction == (accepted ? 1 : 0))
  }

  /// 200 ± 5 % is [190, 210]; −100 ± 10 % is [−110, −90].
  @Test(
    "relative tolerance",
    arguments: [
      (200.0, 200.0, true), (200, 190, true), (200, 210, true), (200, 189.99, false), (200, 210.01, false),
      (-100, -110, true), (-100, -90, true), (-100, -89.9, false), (-100, 100, false),
    ])
  func relative(answer: Double, value: Double, accepted: Bool) throws {
    let tolerance = answer == 200 ? 0.05 : 0.1
    let question = Fixtures.numeric([NumericAnswer(value: answer, tolerance: tolerance, toleranceMode: .relative)])
    #expect(try question.grade(.number(value: value)).finalFraction == (accepted ? 1 : 0))
  }

  @Test(
    "first matching answer wins",
    arguments: [(42.0, 1.0, "exact"), (43, 0.5, "close"), (40, 0.5, "close"), (45, 0, nil)])
  func severalAnswers(value: Double, expected: Double, feedback: String?) throws {
    let question = Fixtures.numeric([
      NumericAnswer(value: 42, fraction: 1, feedback: "exact"),
      NumericAnswer(value: 42, tolerance: 2, fraction: 0.5, feedback: "close"),
    ])
    let grade = try question.grade(.number(value: value))
    #expect(grade.finalFraction == expected)
    #expect(grade.feedback.response == (feedback.map { [$0] } ?? []))
  }

  @Test func exactAnswerAbsorbsBinaryRounding() throws {
    let question = Fixtures.numeric([NumericAnswer(value: 0.3)])
    #expect(try question.grade(.number(value: 0.1 + 0.2)).finalFraction == 1)
    #expect(try question.grade(.number(value: 0.3001)).finalFraction == 0)
  }

  @Test func nonFiniteNumbersAreErrors() {
    let question = Fixtures.numeric([NumericAnswer(value: 1)])
    #expect(throws: GradingError.numberNotFinite(questionID: "number")) { try question.grade(.number(value: .nan)) }
    #expect(throws: GradingError.numberNotFinite(questionID: "number")) {
      try question.grade(.number(value: .infinity))
    }
  }
}
