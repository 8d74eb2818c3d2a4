extension Question {
  /// Grades a response to this question.
  ///
  /// The kind's rule gives a fraction (see ``QuestionKind``); it is clamped to [-1, 1] and then
  /// values within 1e-7 of 0 or 1 become exactly 0 or 1 (``GradeState/snapped(_:)``). No penalty is
  /// applied here: attempt grading applies the retry penalty. No response (`nil`) earns 0.
  ///
  /// - Parameter response: the response in author ids, or `nil` when the question was not answered.
  /// - Returns: the grade, with feedback of the chosen choice or matched answer and general feedback.
  /// - Throws: ``GradingError`` when the response is of another kind than the question, names ids
  ///   the question does not have, pairs a stem twice, leaves out or repeats ordering items, or
  ///   holds a number that is not finite.
  public func grade(_ response: Response?) throws(GradingError) -> QuestionGrade {
    guard let response else {
      return QuestionGrade(
        questionID: id, maxPoints: points, isAnswered: false, rawFraction: 0,
        feedback: QuestionFeedback(general: feedback))
    }
    let score = try kind.score(response, questionID: id)
    return QuestionGrade(
      questionID: id, maxPoints: points, isAnswered: true,
      rawFraction: GradeState.snapped(FractionLimits.clamped(score.fraction)),
      feedback: QuestionFeedback(response: score.feedback, general: feedback))
  }

  /// The lowest and highest fraction ``grade(_:)`` can give, the 0 of no answer included, so
  /// `minimum <= 0 <= maximum <= 1` and every final fraction lies within the range.
  ///
  /// Single choice: the worst weight to the best weight. Multiple response: 0 to 1, or to
  /// the sum of the positive weights in the partial scheme. Matching: up to the share of stems whose
  /// target exists. Short text and numeric: from the worst to the best answer fraction, counting the
  /// 0 of an unmatched response. A question with nothing to choose, match or order has maximum 0.
  public var fractionRange: FractionRange {
    let range: FractionRange
    switch kind {
    case .singleChoice(let choices):
      range = SingleChoiceRule.range(choices: choices)
    case .multipleResponse(let choices, let scheme):
      range = MultipleResponseRule.range(choices: choices, scheme: scheme)
    case .trueFalse:
      range = FractionRange(minimum: 0, maximum: 1)
    case .matching(let stems, let targets):
      range = MatchingRule.range(stems: stems, targets: targets)
    case .ordering(let items, _):
      range = OrderingRule.range(items: items)
    case .shortText(let answers, _):
      range = ShortTextRule.range(answers: answers)
    case .numeric(let answers):
      range = NumericRule.range(answers: answers)
    }
    return FractionRange(minimum: GradeState.snapped(range.minimum), maximum: GradeState.snapped(range.maximum))
  }
}

extension QuestionKind {
  /// The unclamped score of a response by this kind's rule.
  fileprivate func score(_ response: Response, questionID: String) throws(GradingError) -> ResponseScore {
    switch self {
    case .singleChoice(let choices):
      return try SingleChoiceRule.score(response, choices: choices, questionID: questionID)
    case .multipleResponse(let choices, let scheme):
      return try MultipleResponseRule.score(response, choices: choices, scheme: scheme, questionID: questionID)
    case .trueFalse(let answer):
      guard case .trueFalse(let given) = response else {
        throw .responseDoesNotFit(questionID: questionID, expected: "true/false")
      }
      return ResponseScore(fraction: given == answer ? 1 : 0)
    case .matching(let stems, let targets):
      return try MatchingRule.score(response, stems: stems, targets: targets, questionID: questionID)
    case .ordering(let items, let scoring):
      return try OrderingRule.score(response, items: items, scoring: scoring, questionID: questionID)
    case .shortText(let answers, let isCaseSensitive):
      return try ShortTextRule.score(
        response, answers: answers, isCaseSensitive: isCaseSensitive, questionID: questionID)
    case .numeric(let answers):
      return try NumericRule.score(response, answers: answers, questionID: questionID)
    }
  }
}
