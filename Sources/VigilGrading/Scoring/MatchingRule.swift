/// Matching: the fraction is the share of stems paired with their right target.
///
/// Every stem carries an equal share (Moodle); a stem left out earns nothing. Targets may include
/// distractors that match no stem, and two stems may be given the same target.
enum MatchingRule {
  /// Scores a response to a matching question.
  static func score(
    _ response: Response, stems: [MatchStem], targets: [MatchTarget], questionID: String
  ) throws(GradingError) -> ResponseScore {
    guard case .matches(let pairs) = response else {
      throw .responseDoesNotFit(questionID: questionID, expected: "matching")
    }
    var rightCount = 0
    for (index, pair) in pairs.enumerated() {
      guard let stem = stems.first(where: { $0.id == pair.stemID }) else {
        throw .unknownID(questionID: questionID, id: pair.stemID)
      }
      guard targets.contains(where: { $0.id == pair.targetID }) else {
        throw .unknownID(questionID: questionID, id: pair.targetID)
      }
      guard !pairs[..<index].contains(where: { $0.stemID == pair.stemID }) else {
        throw .stemAnsweredTwice(questionID: questionID, stemID: pair.stemID)
      }
      if stem.targetID == pair.targetID { rightCount += 1 }
    }
    guard !stems.isEmpty else { return ResponseScore(fraction: 0) }
    return ResponseScore(fraction: Double(rightCount) / Double(stems.count))
  }

  /// Full marks unless a stem names a target that does not exist; nothing without stems.
  static func range(stems: [MatchStem], targets: [MatchTarget]) -> FractionRange {
    guard !stems.isEmpty else { return FractionRange(minimum: 0, maximum: 0) }
    let reachable = stems.count { stem in targets.contains { $0.id == stem.targetID } }
    return FractionRange(minimum: 0, maximum: Double(reachable) / Double(stems.count))
  }
}
