/// Greedy word wrapping by display width.
public enum TextWrap {
  /// `text` broken into lines of at most `width` columns (at least 1). Breaks at spaces; a word wider
  /// than the line is broken between grapheme clusters, except a web address (it holds `://`), which
  /// takes a line of its own whole, so it can be copied (the terminal folds it). Line breaks in the
  /// text are kept.
  public static func lines(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var result: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      result += wrap(paragraph, width: width)
    }
    return result
  }

  /// One paragraph wrapped.
  private static func wrap(_ paragraph: Substring, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
      let wordWidth = DisplayWidth.of(word)
      if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
        line += " " + word
        lineWidth += 1 + wordWidth
        continue
      }
      if lineWidth > 0 {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      if wordWidth <= width || word.contains("://") {
        line = String(word)
        lineWidth = wordWidth
        continue
      }
      for character in word {
        let columns = DisplayWidth.of(character)
        if lineWidth + columns > width, lineWidth > 0 {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        line.append(character)
        lineWidth += columns
      }
    }
    if lineWidth > 0 || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// `text` padded with spaces on the right to `width` columns (unchanged when already wider).
  public static func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
  }
}
