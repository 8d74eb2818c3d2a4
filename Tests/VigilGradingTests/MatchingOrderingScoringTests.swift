import Testing
import VigilGrading

@Suite("Matching and ordering scoring")
struct MatchingOrderingScoringTests {
  static func pairs(_ text: String) -> [MatchPair] {
    text.split(separator: " ").map { pair in
      let parts = pair.split(separator: ":")
      return MatchPair(stemID: String(parts[0]), targetID: String(parts[1]))
    }
  }

  /// Three stems, each worth 1/3; t4 is a distractor.
  @Test(
    "matching earns the share of right stems",
    arguments: [
      ("s1:t1 s2:t2 s3:t3", 1.0), ("s1:t1 s2:t2 s3:t4", 2.0 / 3), ("s1:t2 s2:t1 s3:t3", 1.0 / 3),
      ("s1:t1 s2:t2", 2.0 / 3), ("s1:t4 s2:t4 s3:t4", 0), ("s3:t3 s1:t1", 2.0 / 3),
    ] as [(String, Double)])
  func matching(response: String, expected: Double) throws {
    #expect(try Fixtures.matching.grade(.matches(pairs: Self.pairs(response))).finalFraction == expected)
  }

  @Test func matchingRejectsBrokenResponses() {
    let question = Fixtures.matching
    #expect(throws: GradingError.unknownID(questionID: "match", id: "s9")) {
      try question.grade(.matches(pairs: Self.pairs("s9:t1")))
    }
    #expect(throws: GradingError.unknownID(questionID: "match", id: "t9")) {
      try question.grade(.matches(pairs: Self.pairs("s1:t9")))
    }
    #expect(throws: GradingError.stemAnsweredTwice(questionID: "match", stemID: "s1")) {
      try question.grade(.matches(pairs: Self.pairs("s1:t1 s1:t2")))
    }
  }

  @Test("ordering, all or nothing", arguments: [("ABCD", 1.0), ("ABDC", 0), ("DCBA", 0)] as [(String, Double)])
  func orderingAllOrNothing(order: String, expected: Double) throws {
    let response = Response.order(ids: order.map(String.init))
    #expect(try Fixtures.ordering(.allOrNothing).grade(response).finalFraction == expected)
  }

  /// Pairs of the correct order A B C D: A<B, B<C, C<D; each kept pair is worth 1/3.
  @Test(
    "ordering, adjacent pairs",
    arguments: [
      ("ABCD", 1.0), ("ACBD", 2.0 / 3), ("BCDA", 2.0 / 3), ("DCBA", 0), ("BADC", 1.0 / 3), ("ABDC", 2.0 / 3),
      ("CDAB", 2.0 / 3),
    ]
      as [(String, Double)])
  func orderingAdjacentPairs(order: String, expected: Double) throws {
    let response = Response.order(ids: order.map(String.init))
    #expect(try Fixtures.ordering(.adjacentPairs).grade(response).finalFraction == expected)
  }

  @Test func orderingWithOneItemIsAlwaysRight() throws {
    #expect(try Fixtures.ordering(.adjacentPairs, items: ["A"]).grade(.order(ids: ["A"])).finalFraction == 1)
  }

  @Test func orderingRejectsIncompleteOrders() {
    let question = Fixtures.ordering(.adjacentPairs)
    #expect(throws: GradingError.orderIncomplete(questionID: "order")) {
      try question.grade(.order(ids: ["A", "B", "C"]))
    }
    #expect(throws: GradingError.orderIncomplete(questionID: "order")) {
      try question.grade(.order(ids: ["A", "B", "C", "C"]))
    }
    #expect(throws: GradingError.unknownID(questionID: "order", id: "E")) {
      try question.grade(.order(ids: ["A", "B", "C", "E"]))
    }
  }
}
