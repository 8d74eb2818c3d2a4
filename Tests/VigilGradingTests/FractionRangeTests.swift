import Testing
import VigilGrading

@Suite("Achievable fractions and grade states")
struct FractionRangeTests {
  @Test func singleChoiceRangeRunsFromWorstToBestWeight() {
    let question = Fixtures.single([(true, nil), (false, -0.5), (false, 0.25)])
    #expect(question.fractionRange == FractionRange(minimum: -0.5, maximum: 1))
    let noNegatives = Fixtures.single([(true, nil), (false, nil)])
    #expect(noNegatives.fractionRange == FractionRange(minimum: 0, maximum: 1))
    let noCorrect = Fixtures.single([(false, nil), (false, nil)])
    #expect(!noCorrect.fractionRange.isAnswerable)
    let outOfBounds = Fixtures.single([(true, 3), (false, -7)])
    #expect(outOfBounds.fractionRange == FractionRange(minimum: -1, maximum: 1))
  }

  @Test func multipleResponseRanges() {
    #expect(Fixtures.water.fractionRange == FractionRange(minimum: 0, maximum: 1))
    let short = Fixtures.multiple(correct: [true, true, false], scheme: .partial, weights: [0.4, 0.4, -1])
    #expect(short.fractionRange.maximum == 0.8)
    #expect(!short.fractionRange.reachesFullMarks)
    let thirds = Fixtures.multiple(
      correct: [true, true, true], scheme: .partial, weights: [1.0 / 3, 1.0 / 3, 1.0 / 3])
    #expect(thirds.fractionRange.reachesFullMarks)
    let noCorrect = Fixtures.multiple(correct: [false, false], scheme: .rightMinusWrong)
    #expect(noCorrect.fractionRange.maximum == 0)
    for scheme in [MultipleResponseScheme.allOrNothing, .everyDecisionCounts, .rightMinusWrong] {
      #expect(
        Fixtures.multiple(correct: [true, false], scheme: scheme).fractionRange == FractionRange(minimum: 0, maximum: 1)
      )
    }
  }

  @Test func otherKindsRanges() {
    #expect(Fixtures.trueFalse.fractionRange == FractionRange(minimum: 0, maximum: 1))
    #expect(Fixtures.matching.fractionRange == FractionRange(minimum: 0, maximum: 1))
    #expect(Fixtures.ordering(.adjacentPairs).fractionRange == FractionRange(minimum: 0, maximum: 1))
    #expect(Fixtures.frog.fractionRange == FractionRange(minimum: 0, maximum: 1))
    let toadOnly = Fixtures.text([TextAnswer(pattern: "toad", fraction: 0.8), TextAnswer(pattern: "*", fraction: -0.2)])
    #expect(toadOnly.fractionRange == FractionRange(minimum: -0.2, maximum: 0.8))
    #expect(Fixtures.numeric([]).fractionRange == FractionRange(minimum: 0, maximum: 0))
    let brokenStem = Question(
      id: "m", prompt: "m",
      kind: .matching(
        stems: [MatchStem(id: "s1", text: "", targetID: "t1"), MatchStem(id: "s2", text: "", targetID: "gone")],
        targets: [MatchTarget(id: "t1", text: "")]))
    #expect(brokenStem.fractionRange.maximum == 0.5)
  }

  @Test(
    "fractions within 1e-7 of 0 or 1 count as 0 or 1",
    arguments: [
      (0.99999995, GradeState.correct, 1.0), (5e-8, .wrong, 0), (0.5, .partial, 0.5), (-0.3, .wrong, -0.3),
      (0.9999998, .partial, 0.9999998),
    ])
  func states(fraction: Double, state: GradeState, snapped: Double) {
    #expect(GradeState(fraction: fraction) == state)
    #expect(GradeState.snapped(fraction) == snapped)
  }
}
