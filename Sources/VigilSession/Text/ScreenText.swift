/// A screen as logical lines, rendered to text for a width and a style.
public struct ScreenText: Sendable, Hashable {
  /// The lines in reading order.
  public var lines: [ScreenLine]

  /// Creates a screen from lines.
  public init(_ lines: [ScreenLine] = []) {
    self.lines = lines
  }

  /// Appends a line.
  public mutating func add(_ role: LineRole, _ text: String, label: String = "", indent: Int = 0) {
    lines.append(ScreenLine(role, text, label: label, indent: indent))
  }

  /// Appends an empty line (never two in a row, never first).
  public mutating func blank() {
    guard let last = lines.last, last.role != .blank else { return }
    lines.append(.blank)
  }

  /// The screen as text: each line wrapped to `width` columns (at least 20) by display width, labels
  /// hanging, colour only in ``ScreenStyle/colour``. Lines end with "\n".
  public func render(width: Int, style: ScreenStyle) -> String {
    let width = max(20, width)
    var output = ""
    for line in lines {
      guard line.role != .blank else {
        output += "\n"
        continue
      }
      let indent = String(repeating: " ", count: min(line.indent, width / 2))
      var label = line.label.isEmpty ? "" : line.label + " "
      if width - indent.count - DisplayWidth.of(label) < 10 {
        // Too narrow to hang the text beside its label: the label takes lines of its own above it.
        for wrapped in TextWrap.lines(Self.printable(line.label), width: width - indent.count) {
          output += indent + wrapped + "\n"
        }
        label = ""
      }
      let hanging = String(repeating: " ", count: DisplayWidth.of(label))
      let available = width - indent.count - DisplayWidth.of(label)
      for (index, wrapped) in TextWrap.lines(Self.printable(line.text), width: available).enumerated() {
        let lead = indent + (index == 0 ? label : hanging)
        output += lead + style.open(line.role) + wrapped + style.close(line.role) + "\n"
      }
    }
    return output
  }

  /// Text with control characters (an escape from course or learner text) made visible, so nothing
  /// but the style's own SGR ever reaches the terminal.
  static func printable(_ text: String) -> String {
    guard
      text.unicodeScalars.contains(where: { $0.value != 0x0A && $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.value == 0x09 {
        result += " "
      } else if scalar.value != 0x0A, scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
