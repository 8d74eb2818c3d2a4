/// What a line of a screen is for; the style decides how it looks.
public enum LineRole: Sendable, Hashable {
  /// The screen's title line.
  case title
  /// A heading inside the screen.
  case heading
  /// Where the learner is: counters and progress.
  case status
  /// Running text.
  case text
  /// A list item with a label (`a)`, `1.`, `-`).
  case item
  /// Something to notice: a warning, a sample-credit note, a resumed attempt.
  case notice
  /// An input problem or a failed result.
  case problem
  /// A passed result or a saved answer.
  case success
  /// What to type next.
  case prompt
  /// An empty line.
  case blank
}

/// One logical line of a screen before wrapping: its role, an optional label and its text.
public struct ScreenLine: Sendable, Hashable {
  /// What the line is for.
  public var role: LineRole
  /// A label printed before the text, with the wrapped lines indented under the text (`a)`, `-`).
  public var label: String
  /// The text.
  public var text: String
  /// Columns of indentation before the label.
  public var indent: Int

  /// Creates a line.
  public init(_ role: LineRole, _ text: String, label: String = "", indent: Int = 0) {
    self.role = role
    self.text = text
    self.label = label
    self.indent = indent
  }

  /// An empty line.
  public static let blank = ScreenLine(.blank, "")
}
