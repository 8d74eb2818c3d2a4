/// Typed answers to a quiz's questions, graded as one attempt: how authors check their answer keys
/// and how the engine is checked from outside (`vigil grade`).
///
/// Answers are in the notation a licensee types (``ResponseParser``).
/// - Without a seed the sheet is graded against every question of the quiz's pools, in author order
///   (``Coverage/allQuestions(count:drawnPerAttempt:)``), and letters follow author order: an author
///   checking a key sees every question, and one right answer on a ten-question quiz is 10 %, not 100 %.
/// - With a seed the attempt is the one ``QuizAssembler`` draws for that seed
///   (``Coverage/drawn(seed:)``) and letters refer to its shuffled display order.
///
/// Either way a question without an answer counts 0 and is listed in ``Graded/unansweredIDs``.
/// Problems come in author order of the questions they concern (answers to unknown questions last,
/// in the order written), at most ``problemLimit`` of them with a count of the rest.
public struct AnswerSheet: Sendable, Hashable {
  /// One typed answer and where it came from, for error messages.
  public struct Answer: Sendable, Hashable {
    /// Where the answer was written, e.g. the JSON path `$.q05`.
    public var source: String
    /// Where in its file, when it came from one.
    public var position: TextPosition?
    /// The question answered.
    public var questionID: String
    /// The answer as typed.
    public var typed: String

    /// Creates an answer.
    public init(source: String, position: TextPosition? = nil, questionID: String, typed: String) {
      self.source = source
      self.position = position
      self.questionID = questionID
      self.typed = typed
    }
  }

  /// The most problems an ``Outcome/problems(_:omitted:)`` lists; the rest are counted.
  public static let problemLimit = 20

  /// The answers, in the order they were written.
  public var answers: [Answer]

  /// Creates a sheet.
  public init(answers: [Answer]) {
    self.answers = answers
  }

  /// The sheet of a responses file: one answer per entry, with its JSON path and position.
  public init(document: ResponsesDocument) {
    answers = document.entries.map {
      Answer(source: $0.path, position: $0.valuePosition, questionID: $0.key, typed: $0.value.typedText)
    }
  }

  /// Reads a responses file (``ResponsesDocument``) and grades it against `quiz`: the whole of
  /// `vigil grade` between reading the file and printing the report.
  ///
  /// A file that cannot be read is one problem with its line and column; nothing is graded.
  ///
  /// - Throws: ``GradingError`` when the quiz cannot be assembled with the seed.
  public static func grade(responses bytes: [UInt8], against quiz: Quiz, seed: UInt64?) throws(GradingError)
    -> Outcome
  {
    let document: ResponsesDocument
    do {
      document = try ResponsesDocument(parsing: bytes)
    } catch {
      return .problems([Problem(source: error.path, position: error.position, message: error.message)], omitted: 0)
    }
    return try AnswerSheet(document: document).grade(against: quiz, seed: seed)
  }
}
