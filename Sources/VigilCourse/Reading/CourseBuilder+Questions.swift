import VigilBase
import VigilGrading
import VigilXML

extension CourseBuilder {
  /// The answer elements each kind of question takes.
  private static let answerElements: [String: Set<String>] = [
    "single-choice": ["choice"], "multiple-response": ["choice"], "true-false": [],
    "matching": ["stem", "target"], "ordering": ["item"], "short-text": ["answer"], "numeric": ["numericAnswer"],
  ]

  /// The question banks, inline or from their files.
  mutating func questionBanks(_ element: XMLElement?) -> [QuestionPool] {
    (element?.children ?? []).compactMap { child in
      switch child.name {
      case "questionBank": return questionBank(child, file: courseFile)
      case "questionBankFile":
        guard let href = child[attribute: "href"], let document = includedFiles[href] else { return nil }
        return questionBank(document.root, file: document.file)
      default: return nil
      }
    }
  }

  private mutating func questionBank(_ element: XMLElement, file: String) -> QuestionPool? {
    guard let id = element[attribute: "id"] else { return nil }
    let reference = SourceReference(file: file, element: element)
    checkUnique(id, kind: "question bank", at: reference)
    sources.record(.bank(id), reference)
    return QuestionPool(id: id, questions: element.children(named: "question").compactMap { question($0, file: file) })
  }

  private mutating func question(_ element: XMLElement, file: String) -> Question? {
    guard let id = element[attribute: "id"], let kindName = element[attribute: "kind"],
      let expected = Self.answerElements[kindName]
    else { return nil }
    let reference = SourceReference(file: file, element: element)
    checkUnique(id, kind: "question", at: reference)
    sources.record(.question(id), reference)
    let objectives = ids(element[attribute: "objectives"])
    if !objectives.isEmpty { questionObjectives[id] = objectives }
    for child in element.children where !["prompt", "feedback"].contains(child.name) && !expected.contains(child.name) {
      let wanted = expected.isEmpty ? "no answer elements" : expected.sorted().map { "<\($0)>" }.joined(separator: " and ")
      report(
        .error, .questionKindMismatch,
        "a \(kindName) question takes \(wanted), not <\(child.name)>; change the kind or the answer elements",
        at: SourceReference(file: file, element: child))
    }
    guard let kind = questionKind(kindName, element, reference: reference, questionID: id) else { return nil }
    return Question(
      id: id,
      points: number(element, "points") ?? 1,
      prompt: element.child(named: "prompt")?.normalizedText ?? "",
      kind: kind,
      feedback: element.child(named: "feedback")?.normalizedText,
      shufflesChoices: flag(element, "shuffle", default: true),
      isFixed: flag(element, "fixed", default: false))
  }

  private mutating func questionKind(
    _ kindName: String, _ element: XMLElement, reference: SourceReference, questionID: String
  ) -> QuestionKind? {
    if kindName != "multiple-response", element.attribute("scheme") != nil {
      mismatch("only multiple-response questions take a scheme; remove it", reference.attribute("scheme"))
    }
    if kindName != "ordering", element.attribute("scoring") != nil {
      mismatch("only ordering questions take a scoring; remove it", reference.attribute("scoring"))
    }
    if kindName != "true-false", element.attribute("answer") != nil {
      mismatch("only true-false questions take an answer attribute; remove it", reference.attribute("answer"))
    }
    switch kindName {
    case "single-choice":
      let choices = self.choices(element, questionID: questionID, file: reference.file)
      guard choices.count >= 2 else { return needs("at least two <choice> elements", reference) }
      return .singleChoice(choices)
    case "multiple-response":
      let choices = self.choices(element, questionID: questionID, file: reference.file)
      guard choices.count >= 2 else { return needs("at least two <choice> elements", reference) }
      guard let scheme = element[attribute: "scheme"].flatMap(MultipleResponseScheme.init) else {
        return needs("a scheme (all-or-nothing, partial, right-minus-wrong or every-decision-counts)", reference)
      }
      if scheme == .partial, let unweighted = choices.first(where: { $0.weight == nil }) {
        mismatch("in the partial scheme every choice needs a weight; choice '\(unweighted.id)' has none", reference)
        return nil
      }
      return .multipleResponse(choices, scheme: scheme)
    case "true-false":
      guard let answer = element[attribute: "answer"]?.trimmedOfWhitespace() else {
        return needs("an answer attribute (true or false)", reference)
      }
      return .trueFalse(answer: answer == "true" || answer == "1")
    case "matching":
      return matching(element, reference: reference, questionID: questionID)
    case "ordering":
      let items = element.children(named: "item").compactMap { item -> OrderItem? in
        guard let id = item[attribute: "id"] else { return nil }
        checkUnique(id, kind: "item", scope: questionID, at: SourceReference(file: reference.file, element: item))
        return OrderItem(id: id, text: item.normalizedText)
      }
      guard items.count >= 2 else { return needs("at least two <item> elements", reference) }
      let scoring = element[attribute: "scoring"].flatMap(OrderingScoring.init) ?? .allOrNothing
      return .ordering(items: items, scoring: scoring)
    case "short-text":
      let answers = element.children(named: "answer").map {
        TextAnswer(pattern: String($0.text.trimmedOfWhitespace()), fraction: number($0, "fraction") ?? 1, feedback: $0[attribute: "feedback"])
      }
      guard !answers.isEmpty else { return needs("at least one <answer>", reference) }
      return .shortText(answers: answers, isCaseSensitive: flag(element, "caseSensitive", default: false))
    case "numeric":
      let answers = element.children(named: "numericAnswer").compactMap { answer -> NumericAnswer? in
        guard let value = number(answer, "value") else { return nil }
        return NumericAnswer(
          value: value, tolerance: number(answer, "tolerance") ?? 0,
          toleranceMode: answer[attribute: "toleranceMode"].flatMap(ToleranceMode.init) ?? .absolute,
          fraction: number(answer, "fraction") ?? 1, feedback: answer[attribute: "feedback"])
      }
      guard !answers.isEmpty else { return needs("at least one <numericAnswer>", reference) }
      return .numeric(answers: answers)
    default:
      return nil
    }
  }

  private mutating func choices(_ element: XMLElement, questionID: String, file: String) -> [Choice] {
    element.children(named: "choice").compactMap { choice in
      guard let id = choice[attribute: "id"] else { return nil }
      checkUnique(id, kind: "choice", scope: questionID, at: SourceReference(file: file, element: choice))
      return Choice(
        id: id, text: choice.normalizedText, isCorrect: flag(choice, "correct", default: false),
        weight: number(choice, "weight"), isFixed: flag(choice, "fixed", default: false),
        feedback: choice[attribute: "feedback"])
    }
  }

  private mutating func matching(_ element: XMLElement, reference: SourceReference, questionID: String) -> QuestionKind? {
    let targets = element.children(named: "target").compactMap { target -> MatchTarget? in
      guard let id = target[attribute: "id"] else { return nil }
      checkUnique(id, kind: "target", scope: questionID, at: SourceReference(file: reference.file, element: target))
      return MatchTarget(id: id, text: target.normalizedText)
    }
    let targetIDs = Set(targets.map(\.id))
    let stems = element.children(named: "stem").compactMap { stem -> MatchStem? in
      guard let id = stem[attribute: "id"], let match = stem[attribute: "matches"] else { return nil }
      let stemReference = SourceReference(file: reference.file, element: stem)
      checkUnique(id, kind: "stem", scope: questionID, at: stemReference)
      guard targetIDs.contains(match) else {
        report(
          .error, .unresolvedReference, "stem '\(id)' matches target '\(match)', which the question does not have",
          at: stemReference.attribute("matches"))
        return nil
      }
      return MatchStem(id: id, text: stem.normalizedText, targetID: match)
    }
    guard stems.count >= 2 else { return needs("at least two <stem> elements that match its targets", reference) }
    return .matching(stems: stems, targets: targets)
  }

  private mutating func needs(_ what: String, _ reference: SourceReference) -> QuestionKind? {
    mismatch("the question needs \(what)", reference)
    return nil
  }

  private mutating func mismatch(_ message: String, _ reference: SourceReference) {
    report(.error, .questionKindMismatch, message, at: reference)
  }
}
