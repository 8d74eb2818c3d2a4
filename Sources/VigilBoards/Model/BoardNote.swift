/// A remark in a board file on one rule or on the whole board.
public struct BoardNote: Sendable, Hashable {
  /// What a note records.
  public enum Kind: String, Sendable, Hashable {
    /// Sources disagree; the file follows the board's own page.
    case conflict
    /// A fact the sources do not give, and what the file does instead.
    case gap
    /// How a rule's words were turned into data.
    case interpretation
    /// What the file leaves out.
    case scope
  }

  /// What the note records.
  public var kind: Kind
  /// The note.
  public var text: String
  /// The ids of the sources it speaks of.
  public var sourceIDs: [String]

  /// Creates a note.
  public init(kind: Kind, text: String, sourceIDs: [String] = []) {
    self.kind = kind
    self.text = text
    self.sourceIDs = sourceIDs
  }
}
