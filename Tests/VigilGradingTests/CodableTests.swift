import Foundation
import Testing
import VigilGrading

@Suite("Stored values round-trip through JSON")
struct CodableTests {
  static func roundTrip<Value: Codable & Equatable>(_ value: Value) throws -> Value {
    try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(value))
  }

  @Test func realisedAttemptRoundTrips() throws {
    var attempt = try QuizAssembler.assemble(quiz: Fixtures.goldenQuiz, seed: 42)
    #expect(try Self.roundTrip(attempt) == attempt)
    attempt.seed = .max
    #expect(try Self.roundTrip(attempt) == attempt)
  }

  @Test func recordsWithEveryResponseKindRoundTrip() throws {
    let responses: [Response] = [
      .choice(id: "a"), .choices(ids: ["a", "c"]), .trueFalse(answer: false),
      .matches(pairs: [MatchPair(stemID: "s1", targetID: "t2")]), .order(ids: ["B", "A"]),
      .text(answer: "café ✓"), .number(value: -0.1),
    ]
    let record = AttemptRecord(
      attemptNumber: 2, startedAt: Timestamp(secondsSinceEpoch: 1_000),
      attempt: try QuizAssembler.assemble(quiz: Fixtures.goldenQuiz, seed: 7),
      responses: responses.enumerated().map {
        SavedResponse(questionID: "q\($0)", response: $1, savedAt: Timestamp(secondsSinceEpoch: 1_001))
      })
    #expect(try Self.roundTrip(record) == record)
    let json = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
    #expect(json.contains("\"startedAt\":1000"))
  }

  @Test func gradesAndQuizzesRoundTrip() throws {
    let quiz = AttemptGradingTests.quiz()
    let grade = try quiz.grade(AttemptGradingTests.record(quiz, responses: AttemptGradingTests.eightOfTen))
    #expect(try Self.roundTrip(grade) == grade)
    #expect(try Self.roundTrip(quiz) == quiz)
  }
}
