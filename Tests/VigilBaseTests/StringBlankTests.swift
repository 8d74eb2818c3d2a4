import Testing
import VigilBase

/// `String.isBlank`: empty or Unicode white space alone, as `trimmedOfWhitespace()` would leave empty.
@Suite struct StringBlankTests {
  @Test(arguments: [
    ("", true), (" ", true), ("\t\n\r\u{0B}\u{0C}", true), ("\u{00A0}", true), (" \u{3000}\u{2028} ", true),
    ("\u{0085}", true), ("a", false), ("  a  ", false), ("\u{00A0}x", false), ("\u{200B}", false), ("é", false),
    (" \u{3000}名", false),
  ])
  func blankIsWhatTrimmingEmpties(text: String, blank: Bool) {
    #expect(text.isBlank == blank)
    #expect(text.trimmedOfWhitespace().isEmpty == blank)
  }
}
