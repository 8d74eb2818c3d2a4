/// A required-content item of an authority and the lessons that cover it.
public struct CoverageItem: Sendable, Hashable {
  /// The authority, e.g. `TX-HHSC`.
  public var authority: String
  /// Where the requirement is written.
  public var citation: String
  /// The requirement in words.
  public var text: String
  /// The ids of the lessons that cover it.
  public var lessonIDs: [String]

  /// Creates a coverage item.
  public init(authority: String, citation: String, text: String, lessonIDs: [String]) {
    self.authority = authority
    self.citation = citation
    self.text = text
    self.lessonIDs = lessonIDs
  }
}

/// A learning objective.
public struct Objective: Sendable, Hashable {
  /// The objective's id.
  public var id: String
  /// What the learner will be able to do.
  public var text: String

  /// Creates an objective.
  public init(id: String, text: String) {
    self.id = id
    self.text = text
  }
}

/// A disclosure learners see before the course.
public struct Disclosure: Sendable, Hashable {
  /// What is disclosed, e.g. `conflict-of-interest`.
  public var kind: String
  /// The disclosure text.
  public var text: String

  /// Creates a disclosure.
  public init(kind: String, text: String) {
    self.kind = kind
    self.text = text
  }
}

/// A question of the course evaluation.
public struct EvaluationQuestion: Sendable, Hashable {
  /// How a learner answers an evaluation question.
  public enum Kind: String, Sendable, Hashable {
    /// A rating from 1 to 5.
    case rating
    /// Free text.
    case text
  }

  /// The question's id.
  public var id: String
  /// How it is answered.
  public var kind: Kind
  /// The question text.
  public var prompt: String
  /// Whether an answer is required.
  public var isRequired: Bool

  /// Creates an evaluation question.
  public init(id: String, kind: Kind, prompt: String, isRequired: Bool = true) {
    self.id = id
    self.kind = kind
    self.prompt = prompt
    self.isRequired = isRequired
  }
}
