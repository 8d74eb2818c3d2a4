import VigilBase

/// Short text: the response and every pattern are trimmed of surrounding white space, lower-cased
/// unless the question is case-sensitive, and compared whole (see ``TextPattern`` for wildcards and
/// Unicode equivalence). The first matching answer in author order gives its fraction and feedback;
/// no match earns 0.
///
/// Lower-casing is the standard library's Unicode lower-case mapping (`"ÄRGER"` matches `"ärger"`),
/// not case folding (`"STRASSE"` does not match `"straße"`).
enum ShortTextRule {
  /// Scores a response to a short-text question.
  static func score(
    _ response: Response, answers: [TextAnswer], isCaseSensitive: Bool, questionID: String
  ) throws(GradingError) -> ResponseScore {
    guard case .text(let answer) = response else {
      throw .responseDoesNotFit(questionID: questionID, expected: "short-text")
    }
    let text = answer[...].trimmedOfWhitespace()
    for candidate in answers
    where TextPattern.matches(text, pattern: candidate.pattern[...].trimmedOfWhitespace(), isCaseSensitive: isCaseSensitive)
    {
      return ResponseScore(fraction: candidate.fraction, feedback: candidate.feedback.map { [$0] } ?? [])
    }
    return ResponseScore(fraction: 0)
  }

  /// The best and worst answer fraction, counting the 0 that an unmatched response earns.
  static func range(answers: [TextAnswer]) -> FractionRange {
    let fractions = answers.map { FractionLimits.clamped($0.fraction) }
    return FractionRange(minimum: min(0, fractions.min() ?? 0), maximum: max(0, fractions.max() ?? 0))
  }
}
