/// Ordering: the response lists every item once; `items` holds the correct order.
///
/// - ``OrderingScoring/allOrNothing``: 1 for exactly the correct order, else 0.
/// - ``OrderingScoring/adjacentPairs``: take the n − 1 pairs of neighbours in the correct order
///   (item 1 before item 2, item 2 before item 3, …). A pair is kept when the response puts its first
///   item anywhere before its second (the two need not stay neighbours). The fraction is kept pairs
///   / (n − 1). Correct order A B C D: A C B D keeps A<B and C<D but not B<C, so 2/3; B C D A keeps
///   B<C and C<D, so 2/3; D C B A keeps none, so 0. Only the correct order keeps every pair, so full
///   marks mean the exact order. With one item the only order is correct and earns 1.
///
/// A question without items earns nothing.
enum OrderingRule {
  /// Scores a response to an ordering question.
  static func score(
    _ response: Response, items: [OrderItem], scoring: OrderingScoring, questionID: String
  ) throws(GradingError) -> ResponseScore {
    guard case .order(let ids) = response else {
      throw .responseDoesNotFit(questionID: questionID, expected: "ordering")
    }
    let positions = try responsePositions(of: ids, items: items, questionID: questionID)
    guard !items.isEmpty else { return ResponseScore(fraction: 0) }
    guard items.count > 1 else { return ResponseScore(fraction: 1) }
    switch scoring {
    case .allOrNothing:
      return ResponseScore(fraction: positions.indices.allSatisfy { positions[$0] == $0 } ? 1 : 0)
    case .adjacentPairs:
      let kept = (0..<(items.count - 1)).count { positions[$0] < positions[$0 + 1] }
      return ResponseScore(fraction: Double(kept) / Double(items.count - 1))
    }
  }

  /// For each item in correct order, its position in the response; throws unless the response lists
  /// every item exactly once.
  private static func responsePositions(
    of ids: [String], items: [OrderItem], questionID: String
  ) throws(GradingError) -> [Int] {
    guard ids.count == items.count else { throw .orderIncomplete(questionID: questionID) }
    var positions = [Int](repeating: -1, count: items.count)
    for (position, id) in ids.enumerated() {
      guard let index = items.firstIndex(where: { $0.id == id }) else {
        throw .unknownID(questionID: questionID, id: id)
      }
      guard positions[index] < 0 else { throw .orderIncomplete(questionID: questionID) }
      positions[index] = position
    }
    return positions
  }

  /// Full marks with at least one item; nothing without items.
  static func range(items: [OrderItem]) -> FractionRange {
    FractionRange(minimum: 0, maximum: items.isEmpty ? 0 : 1)
  }
}
