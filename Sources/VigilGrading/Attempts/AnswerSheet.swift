/// Typed answers to a quiz's questions, graded as one attempt: how authors check their answer keys
/// and how the engine is checked from outside (`vigil grade`).
///
/// Answers are in the notation a licensee types (``ResponseParser``). With a seed, the attempt is the
/// one ``QuizAssembler`` draws for that seed and letters refer to its shuffled display order; without
/// one, the attempt holds the answered questions in author order and letters follow author order.
public struct AnswerSheet: Sendable, Hashable {
  /// One typed answer and where it came from (e.g. a JSON path), for error messages.
  public struct Answer: Sendable, Hashable {
    /// Where the answer was written, e.g. `$.q05`.
    public var source: String
    /// The question answered.
    public var questionID: String
    /// The answer as typed.
    public var typed: String

    /// Creates an answer.
    public init(source: String, questionID: String, typed: String) {
      self.source = source
      self.questionID = questionID
      self.typed = typed
    }
  }

  /// An answer that could not be graded, with where it was written and what to do.
  public struct Problem: Sendable, Hashable, CustomStringConvertible {
    /// Where the answer was written.
    public var source: String
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates a problem.
    public init(source: String, message: String) {
      self.source = source
      self.message = message
    }

    public var description: String { "\(source): \(message)" }
  }

  /// What grading the sheet produced: the attempt it was graded as and its grade, or the problems.
  public enum Outcome: Sendable, Hashable {
    /// Every answer parsed; the attempt and its grade.
    case graded(RealisedAttempt, AttemptGrade)
    /// Some answers cannot be graded; nothing was graded.
    case problems([Problem])
  }

  /// The answers, in the order they were written.
  public var answers: [Answer]

  /// Creates a sheet.
  public init(answers: [Answer]) {
    self.answers = answers
  }

  /// Grades the sheet as the first attempt at `quiz`, drawn with `seed` when one is given.
  ///
  /// - Throws: ``GradingError`` when the quiz cannot be assembled with the seed.
  public func grade(against quiz: Quiz, seed: UInt64?) throws(GradingError) -> Outcome {
    let questions = Dictionary(
      quiz.sections.flatMap(\.pool.questions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let sectionOfQuestion = Dictionary(
      quiz.sections.flatMap { section in section.pool.questions.map { ($0.id, section.id) } },
      uniquingKeysWith: { first, _ in first })
    let attempt: RealisedAttempt
    if let seed {
      attempt = try QuizAssembler.assemble(quiz: quiz, seed: seed)
    } else {
      var seen: Set<String> = []
      let presented = answers.compactMap { answer -> PresentedQuestion? in
        guard let question = questions[answer.questionID], seen.insert(answer.questionID).inserted else { return nil }
        return Self.authorOrder(question, sectionID: sectionOfQuestion[question.id] ?? "")
      }
      attempt = RealisedAttempt(quizID: quiz.id, seed: 0, questions: presented)
    }
    var problems: [Problem] = []
    var saved: [SavedResponse] = []
    for answer in answers {
      guard let question = questions[answer.questionID] else {
        problems.append(Problem(source: answer.source, message: "quiz '\(quiz.id)' has no question '\(answer.questionID)'"))
        continue
      }
      guard let presented = attempt.presented(answer.questionID) else {
        let seedText = seed.map(String.init) ?? ""
        problems.append(
          Problem(
            source: answer.source,
            message: "question '\(answer.questionID)' is not drawn with seed \(seedText); remove it or use another seed"))
        continue
      }
      do {
        let response = try ResponseParser.parse(answer.typed, for: question, as: presented)
        saved.append(SavedResponse(questionID: question.id, response: response, savedAt: Timestamp(secondsSinceEpoch: 0)))
      } catch {
        problems.append(Problem(source: answer.source, message: error.description))
      }
    }
    guard problems.isEmpty else { return .problems(problems) }
    let record = AttemptRecord(attemptNumber: 1, startedAt: Timestamp(secondsSinceEpoch: 0), attempt: attempt, responses: saved)
    return .graded(attempt, try quiz.grade(record))
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
