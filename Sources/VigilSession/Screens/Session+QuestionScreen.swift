import VigilGrading

extension Session {
  /// One question: `Question N of M`, progress, countdown, prompt, labelled choices, the current
  /// answer and the kind's input hint.
  func questionLines(_ index: Int, into text: inout ScreenText) {
    guard let attempt, attempt.questions.indices.contains(index) else { return }
    let presented = attempt.questions[index]
    text.add(.status, "Question \(index + 1) of \(attempt.questions.count)")
    let flagged = attempt.flagged.count
    text.add(
      .status,
      "\(context.quiz.title), attempt \(attempt.record.attemptNumber): \(attempt.answeredCount) answered, \(flagged) flagged"
    )
    if let left = timeLeftText { text.add(.status, left) }
    if attempt.flagged.contains(presented.questionID) { text.add(.notice, "You flagged this question.") }
    text.blank()
    guard let question = question(presented.questionID) else {
      text.add(.problem, "This question is missing from the course.")
      return
    }
    text.add(.text, question.prompt)
    text.blank()
    for line in Self.parts(of: question, as: presented) { text.lines.append(line) }
    text.blank()
    if let response = attempt.latest[question.id] {
      text.add(
        .success,
        "Your answer: \(Self.labels(of: response, for: question, as: presented)). Type another to change it, or next.")
    } else {
      text.add(.text, "Not answered yet.")
    }
    let format = AnswerFormat(question: question)
    var hint = Self.sentence(format.hint) + " Then press Enter."
    if format == .text { hint += " To answer with a word that is also a command, such as next, start with =: = next." }
    prompt(hint, into: &text)
  }

  /// The remaining time, unless the learner hides the countdown.
  var timeLeftText: String? {
    guard !context.hidesCountdown, let deadline, let now else { return nil }
    return "Time left: \(Self.minutes(Int(deadline.secondsSinceEpoch - now.secondsSinceEpoch)))"
  }

  /// The choices, items, stems and targets with their labels in display order.
  static func parts(of question: Question, as presented: PresentedQuestion) -> [ScreenLine] {
    func lettered(_ ids: [String], _ texts: [String: String]) -> [ScreenLine] {
      ids.enumerated().map { ScreenLine(.item, texts[$1] ?? $1, label: DisplayLabel.letter(at: $0) + ")", indent: 2) }
    }
    switch question.kind {
    case .singleChoice(let choices), .multipleResponse(let choices, _):
      return lettered(
        presented.choiceOrder, Dictionary(choices.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a }))
    case .ordering(let items, _):
      return lettered(presented.itemOrder, Dictionary(items.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a }))
    case .matching(let stems, let targets):
      let stemText = Dictionary(stems.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
      var lines = presented.stemOrder.enumerated().map {
        ScreenLine(.item, stemText[$1] ?? $1, label: "\($0 + 1).", indent: 2)
      }
      lines.append(ScreenLine(.text, "Match each with:"))
      lines += lettered(
        presented.targetOrder, Dictionary(targets.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a }))
      return lines
    case .trueFalse:
      return [ScreenLine(.item, "true", label: "t)", indent: 2), ScreenLine(.item, "false", label: "f)", indent: 2)]
    case .shortText, .numeric:
      return []
    }
  }

  /// A saved response written with the labels the learner typed.
  static func labels(of response: Response, for question: Question, as presented: PresentedQuestion) -> String {
    func letter(_ id: String, in order: [String]) -> String {
      order.firstIndex(of: id).map(DisplayLabel.letter(at:)) ?? "?"
    }
    switch response {
    case .choice(let id): return letter(id, in: presented.choiceOrder)
    case .choices(let ids):
      guard !ids.isEmpty else { return "none" }
      let positions = ids.compactMap { presented.choiceOrder.firstIndex(of: $0) }.sorted()
      return positions.map(DisplayLabel.letter(at:)).joined(separator: " ")
    case .trueFalse(let answer): return answer ? "true" : "false"
    case .order(let ids): return ids.map { letter($0, in: presented.itemOrder) }.joined(separator: " ")
    case .matches(let pairs):
      let ordered = pairs.compactMap { pair in
        presented.stemOrder.firstIndex(of: pair.stemID).map { ($0, letter(pair.targetID, in: presented.targetOrder)) }
      }.sorted { $0.0 < $1.0 }
      return ordered.map { "\($0.0 + 1)\($0.1)" }.joined(separator: " ")
    case .text(let answer): return answer
    case .number(let value): return ScoreFormat.shortest(value)
    }
  }

  /// The summary before the final submit.
  func summaryLines(into text: inout ScreenText) {
    guard let attempt else { return }
    let answers = attempt.latest
    let unanswered = attempt.questions.indices.filter { answers[attempt.questions[$0].questionID] == nil }
    let flagged = attempt.questions.indices.filter { attempt.flagged.contains(attempt.questions[$0].questionID) }
    text.add(.title, "Submit attempt \(attempt.record.attemptNumber) of \(context.quiz.title)?")
    if let left = timeLeftText { text.add(.status, left) }
    text.add(.item, "\(attempt.answeredCount) of \(attempt.questions.count)", label: "Answered:", indent: 2)
    text.add(.item, Self.numbers(unanswered), label: "Not answered:", indent: 2)
    text.add(.item, Self.numbers(flagged), label: "Flagged:", indent: 2)
    text.blank()
    if !unanswered.isEmpty {
      text.add(
        .notice, "\(unanswered.count) question\(unanswered.count == 1 ? " is" : "s are") not answered and will score 0."
      )
    }
    text.add(.notice, "Submitting is final: once you submit, you can no longer change your answers.")
    prompt("Type submit to confirm, or go N to change an answer.", into: &text)
  }

  /// "none" or "questions 2, 5".
  static func numbers(_ indices: [Int]) -> String {
    guard !indices.isEmpty else { return "none" }
    return (indices.count == 1 ? "question " : "questions ") + indices.map { String($0 + 1) }.joined(separator: ", ")
  }
}
