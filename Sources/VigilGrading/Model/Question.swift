/// One quiz question as the grading engine sees it: what is asked, how it is answered and how each
/// answer is worth a fraction of the question's points.
///
/// Questions are values. The course reader builds them from XML; the grading engine never reads files.
public struct Question: Sendable, Hashable, Codable {
  /// The author's id, unique within the course.
  public var id: String
  /// Points the question is worth at full marks (greater than zero).
  public var points: Double
  /// The question text shown to the licensee.
  public var prompt: String
  /// The kind of question together with its answer key.
  public var kind: QuestionKind
  /// General feedback shown after the question is graded, whatever the answer.
  public var feedback: String?
  /// Whether the choices (or items, stems and targets) are shuffled when an attempt is assembled.
  public var shufflesChoices: Bool
  /// Whether the question is always selected from its pool and keeps its place when the pool is shuffled.
  public var isFixed: Bool

  /// Creates a question.
  public init(
    id: String,
    points: Double = 1,
    prompt: String,
    kind: QuestionKind,
    feedback: String? = nil,
    shufflesChoices: Bool = true,
    isFixed: Bool = false
  ) {
    self.id = id
    self.points = points
    self.prompt = prompt
    self.kind = kind
    self.feedback = feedback
    self.shufflesChoices = shufflesChoices
    self.isFixed = isFixed
  }
}
