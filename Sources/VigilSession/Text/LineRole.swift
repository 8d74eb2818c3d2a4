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
