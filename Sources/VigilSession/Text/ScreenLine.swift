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
