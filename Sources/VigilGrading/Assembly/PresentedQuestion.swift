/// One question as an attempt presents it: which question, and the display order of its parts.
///
/// Each order lists author ids from the first shown to the last; display letter `a` is the first id.
/// Lists that do not apply to the question's kind are empty.
public struct PresentedQuestion: Sendable, Hashable, Codable {
  /// The question's id.
  public var questionID: String
  /// The id of the section that drew the question.
  public var sectionID: String
  /// Choice ids in display order (single choice and multiple response).
  public var choiceOrder: [String]
  /// Stem ids in display order (matching; stems are numbered 1, 2, 3, …).
  public var stemOrder: [String]
  /// Target ids in display order (matching; targets are lettered a, b, c, …).
  public var targetOrder: [String]
  /// Item ids in display order (ordering).
  public var itemOrder: [String]

  /// Creates a presented question.
  public init(
    questionID: String,
    sectionID: String,
    choiceOrder: [String] = [],
    stemOrder: [String] = [],
    targetOrder: [String] = [],
    itemOrder: [String] = []
  ) {
    self.questionID = questionID
    self.sectionID = sectionID
    self.choiceOrder = choiceOrder
    self.stemOrder = stemOrder
    self.targetOrder = targetOrder
    self.itemOrder = itemOrder
  }
}
