extension AnswerSheet {
  /// An answer that could not be graded, with where it was written and what to do.
  public struct Problem: Sendable, Hashable, CustomStringConvertible {
    /// Where the answer was written: a JSON path such as `$.q05`, or `$` for the whole file.
    public var source: String
    /// Where in the file, when known.
    public var position: TextPosition?
    /// What is wrong and how to fix it.
    public var message: String

    /// Creates a problem.
    public init(source: String, position: TextPosition? = nil, message: String) {
      self.source = source
      self.position = position
      self.message = message
    }

    /// `line:column: source: message`.
    public var description: String { (position.map { "\($0): " } ?? "") + "\(source): \(message)" }
  }

  /// Which questions a graded sheet covers.
  public enum Coverage: Sendable, Hashable {
    /// Every question of the quiz's pools in author order (no seed): `count` questions, of which an
    /// attempt draws `drawnPerAttempt`.
    case allQuestions(count: Int, drawnPerAttempt: Int)
    /// The questions the seed draws, in the attempt's order.
    case drawn(seed: UInt64)
  }

  /// A graded sheet: the attempt it was graded as, the grade, what it covers and what was left blank.
  public struct Graded: Sendable, Hashable {
    /// The attempt: which questions, in which order, with which display orders.
    public var attempt: RealisedAttempt
    /// The grade; every question of ``attempt`` is in it, unanswered ones with 0.
    public var grade: AttemptGrade
    /// Which questions the attempt holds.
    public var coverage: Coverage
    /// The questions without an answer, in attempt order; each counted 0.
    public var unansweredIDs: [String]

    /// Creates a graded sheet.
    public init(attempt: RealisedAttempt, grade: AttemptGrade, coverage: Coverage, unansweredIDs: [String]) {
      self.attempt = attempt
      self.grade = grade
      self.coverage = coverage
      self.unansweredIDs = unansweredIDs
    }
  }

  /// What grading the sheet produced.
  public enum Outcome: Sendable, Hashable {
    /// Every answer parsed: the graded sheet.
    case graded(Graded)
    /// Some answers cannot be graded, so nothing was: the first ``AnswerSheet/problemLimit``
    /// problems and how many more there are.
    case problems([Problem], omitted: Int)
  }
}
