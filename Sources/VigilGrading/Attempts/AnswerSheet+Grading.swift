extension AnswerSheet {
  /// Grades the sheet as the first attempt at `quiz`: the attempt `seed` draws, or without a seed
  /// every question of the quiz's pools in author order.
  ///
  /// - Throws: ``GradingError`` when the quiz cannot be assembled with the seed.
  public func grade(against quiz: Quiz, seed: UInt64?) throws(GradingError) -> Outcome {
    let authored = Self.authoredQuestions(of: quiz)
    let questions = Dictionary(authored.map { ($0.question.id, $0.question) }, uniquingKeysWith: { first, _ in first })
    let attempt: RealisedAttempt
    let coverage: Coverage
    if let seed {
      attempt = try QuizAssembler.assemble(quiz: quiz, seed: seed)
      coverage = .drawn(seed: seed)
    } else {
      attempt = RealisedAttempt(
        quizID: quiz.id, seed: 0, questions: authored.map { Self.authorOrder($0.question, sectionID: $0.sectionID) })
      coverage = .allQuestions(count: authored.count, drawnPerAttempt: Self.drawnPerAttempt(quiz))
    }
    var problems = ProblemCollector()
    var saved: [SavedResponse] = []
    var answered: Set<String> = []
    for answer in ordered(by: authored.map(\.question.id)) {
      guard let question = questions[answer.questionID] else {
        problems.add(answer, "quiz '\(quiz.id)' has no question '\(ResponsesPath.escaped(answer.questionID))'")
        continue
      }
      guard answered.insert(question.id).inserted else {
        problems.add(answer, "question '\(question.id)' is answered more than once; keep one answer")
        continue
      }
      guard let presented = attempt.presented(question.id) else {
        let seedText = seed.map(String.init) ?? ""
        problems.add(answer, "question '\(question.id)' is not drawn with seed \(seedText); remove it or use another seed")
        continue
      }
      do {
        let response = try ResponseParser.parse(answer.typed, for: question, as: presented)
        saved.append(SavedResponse(questionID: question.id, response: response, savedAt: Timestamp(secondsSinceEpoch: 0)))
      } catch {
        problems.add(answer, error.description)
      }
    }
    guard problems.isEmpty else { return .problems(problems.listed, omitted: problems.omitted) }
    let record = AttemptRecord(attemptNumber: 1, startedAt: Timestamp(secondsSinceEpoch: 0), attempt: attempt, responses: saved)
    let grade = try quiz.grade(record)
    return .graded(
      Graded(
        attempt: attempt, grade: grade, coverage: coverage,
        unansweredIDs: grade.questions.filter { !$0.isAnswered }.map(\.questionID)))
  }

  /// The answers in author order of their questions (`authorOrder` lists the ids); answers to
  /// unknown questions come last, in the order written. The sort is stable.
  func ordered(by authorOrder: [String]) -> [Answer] {
    let rank = Dictionary(authorOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    return answers.enumerated()
      .sorted { (rank[$0.element.questionID] ?? .max, $0.offset) < (rank[$1.element.questionID] ?? .max, $1.offset) }
      .map(\.element)
  }

  /// Every question of the quiz's sections' pools in author order, each once (the first section
  /// that holds it names its section).
  static func authoredQuestions(of quiz: Quiz) -> [(question: Question, sectionID: String)] {
    var seen: Set<String> = []
    return quiz.sections.flatMap { section in
      section.pool.questions.map { (question: $0, sectionID: section.id) }
    }.filter { seen.insert($0.question.id).inserted }
  }

  /// How many questions one attempt draws: each section's `select` (all of its pool without one).
  static func drawnPerAttempt(_ quiz: Quiz) -> Int {
    quiz.sections.reduce(0) { $0 + min(max(0, $1.selectCount ?? $1.pool.questions.count), $1.pool.questions.count) }
  }

  /// A question presented in author order: the order authors see in their files.
  private static func authorOrder(_ question: Question, sectionID: String) -> PresentedQuestion {
    switch question.kind {
    case .singleChoice(let choices), .multipleResponse(let choices, _):
      return PresentedQuestion(questionID: question.id, sectionID: sectionID, choiceOrder: choices.map(\.id))
    case .matching(let stems, let targets):
      return PresentedQuestion(
        questionID: question.id, sectionID: sectionID, stemOrder: stems.map(\.id), targetOrder: targets.map(\.id))
    case .ordering(let items, _):
      return PresentedQuestion(questionID: question.id, sectionID: sectionID, itemOrder: items.map(\.id))
    case .trueFalse, .shortText, .numeric:
      return PresentedQuestion(questionID: question.id, sectionID: sectionID)
    }
  }
}

/// Problems up to ``AnswerSheet/problemLimit``, then only a count.
private struct ProblemCollector {
  var listed: [AnswerSheet.Problem] = []
  var omitted = 0

  var isEmpty: Bool { listed.isEmpty }

  mutating func add(_ answer: AnswerSheet.Answer, _ message: String) {
    guard listed.count < AnswerSheet.problemLimit else {
      omitted += 1
      return
    }
    listed.append(AnswerSheet.Problem(source: answer.source, position: answer.position, message: message))
  }
}
