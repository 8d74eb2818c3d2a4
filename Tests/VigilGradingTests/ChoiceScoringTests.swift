import Testing
import VigilGrading

@Suite("Single choice and multiple response scoring")
struct ChoiceScoringTests {
  /// a: correct without weight (1), b: wrong without weight (0), c: 0.5, d: −0.25, e: −0.5.
  static let single = Fixtures.single([(true, nil), (false, nil), (false, 0.5), (false, -0.25), (false, -0.5)])

  @Test(
    "single choice earns the chosen choice's weight",
    arguments: [
      ("a", 1.0, GradeState.correct), ("b", 0, .wrong), ("c", 0.5, .partial), ("d", -0.25, .wrong), ("e", -0.5, .wrong),
    ]
      as [(String, Double, GradeState)])
  func singleChoice(id: String, expected: Double, state: GradeState) throws {
    let grade = try Self.single.grade(.choice(id: id))
    #expect(grade.rawFraction == expected)
    #expect(grade.finalFraction == expected)
    #expect(grade.penalty == 0)
    #expect(grade.state == state)
    #expect(grade.feedback.response == ["feedback \(id)"])
    #expect(grade.feedback.general == "general")
  }

  @Test func unansweredEarnsNothing() throws {
    let grade = try Self.single.grade(nil)
    #expect(!grade.isAnswered)
    #expect(grade.finalFraction == 0)
    #expect(grade.state == .wrong)
    #expect(grade.feedback == QuestionFeedback(response: [], general: "general"))
  }

  @Test func singleChoiceRejectsForeignResponses() {
    #expect(throws: GradingError.unknownID(questionID: "single", id: "z")) { try Self.single.grade(.choice(id: "z")) }
    #expect(throws: GradingError.responseDoesNotFit(questionID: "single", expected: "single-choice")) {
      try Self.single.grade(.choices(ids: ["a"]))
    }
  }

  /// IMS "composition of water" in the partial scheme on a 2-point question (hand-computed):
  /// {H,O} = 0.5 + 0.5 = 1 → 2 points; {H} = 0.5 → 1; {H,O,Cl} = 0.5 → 1; {H,He} = 0.5 − 1 → 0.
  @Test(
    "water, partial scheme, 2 points",
    arguments: [
      (["H", "O"], 2.0), (["H"], 1), (["H", "O", "Cl"], 1), (["H", "He"], 0), (["O", "H", "H"], 2), ([], 0),
    ] as [([String], Double)])
  func water(ticks: [String], points: Double) throws {
    let grade = try Fixtures.water.grade(.choices(ids: ticks))
    #expect(grade.points == points)
    #expect(grade.rawFraction == points / 2)
  }

  @Test func waterStatesAndFeedback() throws {
    #expect(try Fixtures.water.grade(.choices(ids: ["H", "O"])).state == .correct)
    #expect(try Fixtures.water.grade(.choices(ids: ["H"])).state == .partial)
    #expect(try Fixtures.water.grade(.choices(ids: ["H", "He"])).state == .wrong)
  }

  /// Right-minus-wrong with 4 correct (a–d) and 2 wrong (e, f): +1/4 per right, −1/4 per wrong, floor 0.
  @Test(
    "right minus wrong",
    arguments: [
      (["a", "b", "c", "d"], 1.0), (["a", "b", "c", "d", "e"], 0.75), (["a", "b", "c", "e", "f"], 0.25),
      (["a"], 0.25), (["a", "e"], 0), (["e", "f"], 0), ([], 0), (["d", "c", "b", "a", "a"], 1),
    ] as [([String], Double)])
  func rightMinusWrong(ticks: [String], expected: Double) throws {
    let question = Fixtures.multiple(correct: [true, true, true, true, false, false], scheme: .rightMinusWrong)
    #expect(try question.grade(.choices(ids: ticks)).finalFraction == expected)
  }

  /// Every decision counts with a, c correct of five: each of the five decisions is worth 1/5.
  @Test(
    "every decision counts",
    arguments: [
      (["a", "c"], 1.0), (["a", "b"], 0.6), ([], 0.6), (["b", "d", "e"], 0), (["a"], 0.8), (["a", "c", "e"], 0.8),
    ] as [([String], Double)])
  func everyDecisionCounts(ticks: [String], expected: Double) throws {
    let question = Fixtures.multiple(correct: [true, false, true, false, false], scheme: .everyDecisionCounts)
    #expect(try question.grade(.choices(ids: ticks)).finalFraction == expected)
  }

  @Test(
    "all or nothing",
    arguments: [(["a", "c"], 1.0), (["a"], 0), (["a", "b", "c"], 0), ([], 0), (["c", "a", "c"], 1)]
      as [([String], Double)])
  func allOrNothing(ticks: [String], expected: Double) throws {
    let question = Fixtures.multiple(correct: [true, false, true], scheme: .allOrNothing)
    #expect(try question.grade(.choices(ids: ticks)).finalFraction == expected)
  }

  /// Moodle's complaint: without negative weights, ticking everything earns full marks in the partial
  /// scheme; with a missing weight a correct choice is worth nothing.
  @Test func partialSchemeWeights() throws {
    let generous = Fixtures.multiple(correct: [true, true, false], scheme: .partial, weights: [0.5, 0.5, 0])
    #expect(try generous.grade(.choices(ids: ["a", "b", "c"])).finalFraction == 1)
    let unweighted = Fixtures.multiple(correct: [true, true, false], scheme: .partial)
    #expect(try unweighted.grade(.choices(ids: ["a", "b"])).finalFraction == 0)
    #expect(unweighted.fractionRange.maximum == 0)
  }

  @Test func multipleResponseFeedbackInAuthorOrder() throws {
    let question = Fixtures.multiple(correct: [true, false, true], scheme: .allOrNothing)
    let grade = try question.grade(.choices(ids: ["c", "a", "c"]))
    #expect(grade.feedback.response == ["feedback a", "feedback c"])
  }

  @Test func multipleResponseRejectsUnknownChoices() {
    let question = Fixtures.multiple(correct: [true, false], scheme: .rightMinusWrong)
    #expect(throws: GradingError.unknownID(questionID: "multi", id: "x")) {
      try question.grade(.choices(ids: ["a", "x"]))
    }
    #expect(throws: GradingError.responseDoesNotFit(questionID: "multi", expected: "multiple-response")) {
      try question.grade(.choice(id: "a"))
    }
  }

  @Test func trueFalse() throws {
    #expect(try Fixtures.trueFalse.grade(.trueFalse(answer: true)).state == .correct)
    #expect(try Fixtures.trueFalse.grade(.trueFalse(answer: false)).finalFraction == 0)
    #expect(throws: GradingError.responseDoesNotFit(questionID: "tf", expected: "true/false")) {
      try Fixtures.trueFalse.grade(.text(answer: "true"))
    }
  }
}
