import Foundation
import Testing
import VigilTestSupport

/// End to end: `vigil grade` on the real course, with hand-computed scores.
@Suite struct GradeCommandTests {
  static let course = Repository.frozenCourse

  private func grade(_ json: String, _ extra: [String] = []) throws -> CommandResult {
    let directory = TemporaryDirectory()
    let file = directory.write("responses.json", json)
    return try CommandRunner.vigil(["grade", Self.course, "--responses", file] + extra)
  }

  /// Answers in author order (letters follow the order choices are written in the bank):
  /// q01 a = 1; q03 c has weight -0.5 = -0.5; q09 all-or-nothing missing d = 0; q10 partial
  /// 0.25 + 0.25 - 0.5 = 0; q11 right-minus-wrong 4 right 1 wrong = 0.75; q12 every-decision-counts
  /// 7 choices, a b c right, d missed, e wrong, f g rightly blank = 5/7; q13 false = 1; q18 two of
  /// four stems = 0.5; q22 adjacent pairs a<b b<c c<d kept, d<e lost = 3/4; q23 "Observe" matches
  /// observ* ignoring case = 1; q26 233733 = 1; q27 7.0 = 1. Without --seed all 28 one-point
  /// questions of the bank count, the 16 unanswered with 0: 7.2142857 of 28 = 25.8%.
  static let mixedAnswers = """
    {"q01": "a", "q03": "c", "q09": "a b c", "q10": "a, b, e", "q11": "a b c d e", "q12": "a b c e",
     "q13": "false", "q18": "1a 2b 3d 4c", "q22": "a b c e d", "q23": "  Observe ", "q26": 233733, "q27": "7.0"}
    """

  /// The 28 questions of the bank that the mixed answers leave blank.
  static let unansweredByMixed = [
    "q02", "q04", "q05", "q06", "q07", "q08", "q14", "q15", "q16", "q17", "q19", "q20", "q21", "q24", "q25", "q28",
  ]

  @Test func mixedAnswersScoreAsHandComputed() throws {
    let result = try grade(Self.mixedAnswers, ["--format", "json"])
    #expect(result.status == 0, "\(result.output)\(result.error)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let questions = try #require(json["questions"] as? [[String: Any]])
    let fractions = Dictionary(uniqueKeysWithValues: questions.map { ($0["id"] as? String ?? "", $0["fraction"] as? Double ?? .nan) })
    var expected: [String: Double] = [
      "q01": 1, "q03": -0.5, "q09": 0, "q10": 0, "q11": 0.75, "q12": 5.0 / 7.0, "q13": 1, "q18": 0.5, "q22": 0.75,
      "q23": 1, "q26": 1, "q27": 1,
    ]
    for id in Self.unansweredByMixed { expected[id] = 0 }
    #expect(fractions.count == 28)
    for (id, fraction) in expected { #expect(abs((fractions[id] ?? .nan) - fraction) < 1e-9, "\(id)") }
    #expect(json["coverage"] as? String == "all-questions")
    #expect(json["drawnPerAttempt"] as? Int == 10)
    #expect(json["unanswered"] as? [String] == Self.unansweredByMixed)
    #expect(abs((json["points"] as? Double ?? 0) - 7.214_285_714) < 1e-6)
    #expect(json["maxPoints"] as? Double == 28)
    #expect(json["passed"] as? Bool == false)
  }

  @Test func textReportShowsEachQuestionAndTheTotal() throws {
    let result = try grade(Self.mixedAnswers)
    #expect(result.status == 0)
    #expect(
      result.output.contains(
        "human-trafficking-healthcare 1.0.0, quiz 'final', all 28 questions of its pools in author order "
          + "(checking the key; an attempt draws 10, grade one with --seed)"))
    #expect(result.output.contains("q11       multiple-response   0.75 of 1.00 points  75.0%  partial"))
    #expect(result.output.contains("q02       single-choice       0.00 of 1.00 points  0.0%  not answered"))
    #expect(result.output.contains("Not answered, counted 0 (16): " + Self.unansweredByMixed.joined(separator: ", ")))
    #expect(result.output.contains("Total: 7.2 of 28.0 points, 25.8%, not passed (pass mark 80%)"))
  }

  /// The bug of issue 7: one right answer on a quiz that draws 10 reported "100%, passed". Without
  /// --seed every one of the 28 questions counts: 1 of 28 points = 3.6%.
  @Test func oneRightAnswerWithoutSeedDoesNotPass() throws {
    let result = try grade(#"{"q01": "a"}"#)
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.contains("Total: 1.0 of 28.0 points, 3.6%, not passed (pass mark 80%)"), "\(result.output)")
    #expect(result.output.contains("Not answered, counted 0 (27): q02, q03, q04,"))
  }

  /// Fifteen right answers out of 28 questions: 15 / 28 = 53.6%, not a pass.
  @Test func someCorrectAnswersCountAgainstTheWholeBank() throws {
    let answers = """
      {"q01": "a", "q02": "d", "q04": "A", "q09": "a b c d", "q10": "abcd", "q11": "1 2 3 4", "q12": "a,b,c,d",
       "q14": "true", "q15": "yes", "q16": "f", "q19": "1-a, 2-b, 3-c, 4-d", "q21": "a b c d", "q24": "Polaris Project",
       "q25": "Be Free", "q28": "18"}
      """
    let result = try grade(answers)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("Total: 15.0 of 28.0 points, 53.6%, not passed (pass mark 80%)"))
  }

  /// The whole key, read from questions/final-exam.xml by hand.
  @Test func theWholeKeyPasses() throws {
    let answers = """
      {"q01": "a", "q02": "d", "q03": "a", "q04": "a", "q05": "a", "q06": "a", "q07": "a", "q08": "a",
       "q09": "a b c d", "q10": "a b c d", "q11": "a b c d", "q12": "a b c d", "q13": false, "q14": true,
       "q15": "true", "q16": "false", "q17": "no", "q18": "1a 2b 3c 4d", "q19": "1a 2b 3c 4d", "q20": "1a 2b 3c 4d",
       "q21": "a b c d", "q22": "a b c d e", "q23": "observe", "q24": "Polaris Project", "q25": "Be Free",
       "q26": 233733, "q27": 7, "q28": 18}
      """
    let result = try grade(answers)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("Total: 28.0 of 28.0 points, 100.0%, passed (pass mark 80%)"))
    #expect(!result.output.contains("Not answered"))
  }

  /// q03 c has weight −0.5 and nothing else is answered: the questions sum to −0.5 points, the total is
  /// floored at 0, and points and percentage agree (0.0 points, 0.0%).
  @Test func negativeWeightFloorsTheTotalAtZero() throws {
    let result = try grade(#"{"q03": "c"}"#)
    #expect(result.status == 0, "\(result.output)")
    #expect(result.output.contains("q03       single-choice       -0.50 of 1.00 points  -50.0%  wrong"))
    #expect(
      result.output.contains(
        "Total: 0.0 of 28.0 points (the questions' points sum to -0.5; a total is never below 0), 0.0%, not passed"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(try grade(#"{"q03": "c"}"#, ["--format", "json"]).output.utf8))
        as? [String: Any])
    #expect(json["points"] as? Double == 0)
    #expect(json["questionPoints"] as? Double == -0.5)
    #expect(json["percentage"] as? Double == 0)
  }

  @Test func seededAttemptGradesOnlyDrawnQuestions() throws {
    let first = try grade("{}", ["--seed", "42", "--format", "json"])
    #expect(first.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any])
    let questions = try #require(json["questions"] as? [[String: Any]])
    #expect(questions.count == 10)
    #expect(Set(questions.compactMap { $0["id"] as? String }).count == 10)
    #expect(questions.allSatisfy { $0["answered"] as? Bool == false })
    #expect(json["percentage"] as? Double == 0)
    let again = try grade("{}", ["--seed", "42", "--format", "json"])
    #expect(again.output == first.output)
  }

  @Test(arguments: [
    (#"{"q02": "z"}"#, "$.q02: error: there is no choice z; choose a to d"),
    (#"{"q99": "a"}"#, "$.q99: error: quiz 'final' has no question 'q99'"),
    (#"{"q26": "12abc"}"#, "$.q26: error: '12abc' is not a number"),
    (#"{"q01": ["a"]}"#, "responses.json:1:9: $.q01: error: expected the answer as text"),
    (#"["a"]"#, "responses.json:1:1: $: error: expected a JSON object"),
    (#"{"q01": "a","#, "responses.json:1:13: $: error: the file ends inside the object; close it with }"),
    ("", "responses.json:1:1: $: error: the file is empty"),
    (#"{"q01": "a b"}"#, "$.q01: error: choose one answer only"),
    (#"{"q18": "1a 1b"}"#, "$.q18: error:"),
  ])
  func badResponsesAreReportedWithTheirPath(json: String, expected: String) throws {
    let result = try grade(json)
    #expect(result.status == 1, "\(result.output)")
    #expect(result.output.contains(expected), "\(result.output)")
    #expect(result.output.contains("nothing was graded"))
  }

  @Test func missingResponsesFileIsAUsageError() throws {
    let result = try CommandRunner.vigil(["grade", Self.course, "--responses", "/nonexistent/r.json"])
    #expect(result.status == 2)
    #expect(result.error.contains("cannot read the responses file"))
  }

  @Test func unknownQuizIsAUsageError() throws {
    let result = try grade("{}", ["--quiz", "midterm"])
    #expect(result.status == 2)
    #expect(result.error.contains("the course has no quiz 'midterm'; its quizzes are final"))
  }

  @Test func invalidCourseIsRefused() throws {
    let directory = TemporaryDirectory()
    directory.write("broken/course.xml", "<course xmlns=\"urn:vigil:course:1\"/>")
    let file = directory.write("r.json", "{}")
    let result = try CommandRunner.vigil(["grade", directory.appending("broken"), "--responses", file])
    #expect(result.status == 2)
    #expect(result.error.contains("is not a valid course package"))
  }
}
