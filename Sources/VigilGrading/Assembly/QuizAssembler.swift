/// Assembles an attempt from a quiz and a seed: selection, question order and display orders.
///
/// The algorithm is part of the stored-attempt contract; changing it changes which attempt a seed
/// gives. One ``SplitMix64`` generator, seeded once, is drawn from in this order:
///
/// 1. For each section in quiz order:
///    - Selection: the fixed questions are always taken; the rest of the count is drawn from the
///      non-fixed questions with ``SplitMix64/choose(_:from:)``. No numbers are drawn when the whole
///      pool is taken. The selected questions keep author order.
///    - If the section shuffles, the non-fixed selected questions are shuffled among their own
///      positions (``SplitMix64/shuffle(_:keepingInPlace:)``); fixed ones keep their places.
///    - For each selected question in its new order, its display order (below).
/// 2. Display order by kind:
///    - Single choice and multiple response: when the question shuffles, non-fixed choices are
///      shuffled among their positions; fixed choices ("None of the above") keep their places.
///    - Matching: when the question shuffles, the stems are shuffled, then the targets.
///    - Ordering: the items are always shuffled. If that gives the correct order and there are at
///      least two items, item 1 swaps with item 2 + `nextIndex(below: count − 1)`, so the correct
///      order is never shown.
///    - True/false, short text and numeric: nothing is drawn.
public enum QuizAssembler {
  /// Assembles the attempt that `seed` gives for `quiz`.
  ///
  /// - Throws: ``GradingError/selectionTooLarge(sectionID:select:available:)`` or
  ///   ``GradingError/selectionBelowFixed(sectionID:select:fixed:)`` for a section whose count does
  ///   not fit its pool, and ``GradingError/questionRepeated(questionID:quizID:)`` when one question
  ///   id occurs in more than one place across the sections' pools.
  public static func assemble(quiz: Quiz, seed: UInt64) throws(GradingError) -> RealisedAttempt {
    try requireUniqueQuestions(in: quiz)
    var generator = SplitMix64(seed: seed)
    var presented: [PresentedQuestion] = []
    for section in quiz.sections {
      for question in try select(from: section, using: &generator) {
        presented.append(present(question, sectionID: section.id, using: &generator))
      }
    }
    return RealisedAttempt(quizID: quiz.id, seed: seed, questions: presented)
  }

  /// The section's selected questions in presentation order.
  private static func select(from section: QuizSection, using generator: inout SplitMix64) throws(GradingError)
    -> [Question]
  {
    let pool = section.pool.questions
    let fixedCount = pool.count(where: \.isFixed)
    let count = section.selectCount ?? pool.count
    guard count <= pool.count else {
      throw .selectionTooLarge(sectionID: section.id, select: count, available: pool.count)
    }
    guard count >= fixedCount else {
      throw .selectionBelowFixed(sectionID: section.id, select: count, fixed: fixedCount)
    }
    let free = pool.indices.filter { !pool[$0].isFixed }
    let drawCount = count - fixedCount
    let drawn = drawCount == free.count ? free : generator.choose(drawCount, from: free.count).map { free[$0] }
    var selected = pool.indices.filter { pool[$0].isFixed || drawn.contains($0) }.map { pool[$0] }
    if section.shufflesQuestions {
      generator.shuffle(&selected, keepingInPlace: \.isFixed)
    }
    return selected
  }

  /// The question with its display order drawn.
  private static func present(_ question: Question, sectionID: String, using generator: inout SplitMix64)
    -> PresentedQuestion
  {
    var presented = PresentedQuestion(questionID: question.id, sectionID: sectionID)
    switch question.kind {
    case .singleChoice(let choices), .multipleResponse(let choices, _):
      var order = choices
      if question.shufflesChoices {
        generator.shuffle(&order, keepingInPlace: \.isFixed)
      }
      presented.choiceOrder = order.map(\.id)
    case .matching(let stems, let targets):
      presented.stemOrder = stems.map(\.id)
      presented.targetOrder = targets.map(\.id)
      if question.shufflesChoices {
        generator.shuffle(&presented.stemOrder)
        generator.shuffle(&presented.targetOrder)
      }
    case .ordering(let items, _):
      let correct = items.map(\.id)
      presented.itemOrder = correct
      generator.shuffle(&presented.itemOrder)
      if correct.count > 1, presented.itemOrder == correct {
        presented.itemOrder.swapAt(0, 1 + generator.nextIndex(below: correct.count - 1))
      }
    case .trueFalse, .shortText, .numeric:
      break
    }
    return presented
  }

  /// Throws when a question id occurs twice across the quiz's pools (including one pool used by
  /// two sections), since an attempt could then show one question twice.
  private static func requireUniqueQuestions(in quiz: Quiz) throws(GradingError) {
    var seen = Set<String>()
    for section in quiz.sections {
      for question in section.pool.questions where !seen.insert(question.id).inserted {
        throw .questionRepeated(questionID: question.id, quizID: quiz.id)
      }
    }
  }
}
