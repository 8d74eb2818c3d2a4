/// The kinds of question Vigil grades, each carrying its answer key.
public enum QuestionKind: Sendable, Hashable, Codable {
  /// One choice is picked; the fraction is that choice's weight (which may be negative).
  case singleChoice([Choice])
  /// Any number of choices are ticked and scored by an explicit scheme.
  case multipleResponse([Choice], scheme: MultipleResponseScheme)
  /// The statement is true or false.
  case trueFalse(answer: Bool)
  /// Each stem is paired with one target; targets may include distractors that match no stem.
  case matching(stems: [MatchStem], targets: [MatchTarget])
  /// Items are put in order; `items` lists them in the correct order.
  case ordering(items: [OrderItem], scoring: OrderingScoring)
  /// Free text compared with the accepted answers in author order; the first match wins.
  case shortText(answers: [TextAnswer], isCaseSensitive: Bool)
  /// A number compared with the accepted answers in author order; the first match wins.
  case numeric(answers: [NumericAnswer])
}

/// A choice of a single-choice or multiple-response question.
public struct Choice: Sendable, Hashable, Codable {
  /// The author's id, unique within the question.
  public var id: String
  /// The text shown to the licensee.
  public var text: String
  /// Whether ticking this choice is right.
  public var isCorrect: Bool
  /// The fraction of the question's points this choice is worth, when the author gave one.
  ///
  /// Single choice: a correct choice without a weight is worth 1, a wrong one 0.
  /// Multiple response, partial scheme: every choice carries a weight; one without counts as 0.
  /// Weights outside [-1, 1] are clamped to it.
  public var weight: Double?
  /// Whether the choice keeps its place when the choices are shuffled ("None of the above").
  public var isFixed: Bool
  /// Feedback shown when the choice was picked.
  public var feedback: String?

  /// Creates a choice.
  public init(
    id: String,
    text: String,
    isCorrect: Bool = false,
    weight: Double? = nil,
    isFixed: Bool = false,
    feedback: String? = nil
  ) {
    self.id = id
    self.text = text
    self.isCorrect = isCorrect
    self.weight = weight
    self.isFixed = isFixed
    self.feedback = feedback
  }
}

/// How a multiple-response question turns ticks into a fraction.
public enum MultipleResponseScheme: String, Sendable, Hashable, Codable, CaseIterable {
  /// 1 when every correct choice and no wrong choice is ticked, else 0.
  case allOrNothing = "all-or-nothing"
  /// The sum of the ticked choices' weights, clamped to [0, 1] (Moodle's multichoice).
  case partial
  /// +1/n per correct tick, -1/n per wrong tick, n = number of correct choices, floored at 0.
  case rightMinusWrong = "right-minus-wrong"
  /// Each choice rightly ticked or rightly left blank earns 1/(number of choices) (Open edX EDC).
  case everyDecisionCounts = "every-decision-counts"
}

/// A stem of a matching question and the id of the target that matches it.
public struct MatchStem: Sendable, Hashable, Codable {
  /// The author's id, unique within the question.
  public var id: String
  /// The text shown to the licensee.
  public var text: String
  /// The id of the target that matches this stem.
  public var targetID: String

  /// Creates a stem.
  public init(id: String, text: String, targetID: String) {
    self.id = id
    self.text = text
    self.targetID = targetID
  }
}

/// A target (answer) of a matching question.
public struct MatchTarget: Sendable, Hashable, Codable {
  /// The author's id, unique within the question.
  public var id: String
  /// The text shown to the licensee.
  public var text: String

  /// Creates a target.
  public init(id: String, text: String) {
    self.id = id
    self.text = text
  }
}

/// An item of an ordering question.
public struct OrderItem: Sendable, Hashable, Codable {
  /// The author's id, unique within the question.
  public var id: String
  /// The text shown to the licensee.
  public var text: String

  /// Creates an item.
  public init(id: String, text: String) {
    self.id = id
    self.text = text
  }
}

/// How an ordering question is scored.
public enum OrderingScoring: String, Sendable, Hashable, Codable, CaseIterable {
  /// 1 for the exact order, else 0.
  case allOrNothing = "all-or-nothing"
  /// The share of adjacent pairs of the correct order that the answer keeps in the right relative order.
  ///
  /// With n items there are n − 1 adjacent pairs in the correct order (item 1–2, 2–3, …). A pair is
  /// kept when the answer puts its first item anywhere before its second; the fraction is kept pairs
  /// / (n − 1). For the correct order A B C D: A C B D scores 2/3 (A<B and C<D kept, B<C not),
  /// B C D A scores 2/3, D C B A scores 0. Only the exact order keeps every pair. One item scores 1.
  case adjacentPairs = "adjacent-pairs"
}

/// An accepted answer of a short-text question.
public struct TextAnswer: Sendable, Hashable, Codable {
  /// The pattern: whole-string match, `*` matches any text, `\*` is a literal asterisk.
  public var pattern: String
  /// The fraction of the question's points this answer earns.
  public var fraction: Double
  /// Feedback shown when this answer matched.
  public var feedback: String?

  /// Creates an accepted answer.
  public init(pattern: String, fraction: Double, feedback: String? = nil) {
    self.pattern = pattern
    self.fraction = fraction
    self.feedback = feedback
  }
}

/// An accepted answer of a numeric question.
public struct NumericAnswer: Sendable, Hashable, Codable {
  /// The expected value.
  public var value: Double
  /// The tolerance around the value; the bounds are inclusive.
  public var tolerance: Double
  /// Whether the tolerance is absolute or relative to the value.
  public var toleranceMode: ToleranceMode
  /// The fraction of the question's points this answer earns.
  public var fraction: Double
  /// Feedback shown when this answer matched.
  public var feedback: String?

  /// Creates an accepted answer.
  public init(
    value: Double,
    tolerance: Double = 0,
    toleranceMode: ToleranceMode = .absolute,
    fraction: Double = 1,
    feedback: String? = nil
  ) {
    self.value = value
    self.tolerance = tolerance
    self.toleranceMode = toleranceMode
    self.fraction = fraction
    self.feedback = feedback
  }
}

/// How a numeric tolerance is applied.
public enum ToleranceMode: String, Sendable, Hashable, Codable, CaseIterable {
  /// value ± tolerance.
  case absolute
  /// value ± |value| × tolerance.
  case relative
}
