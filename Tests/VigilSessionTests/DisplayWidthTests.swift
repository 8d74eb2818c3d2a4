import Testing

@testable import VigilSession

/// Display width by grapheme cluster, and wrapping by it.
@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("abc", 3), ("José Núñez", 10), ("Jose\u{301}", 4), ("王芳", 4), ("中文字", 6), ("أحمد الفارس", 11),
    ("👩‍⚕️", 2), ("🙂", 2), ("🇺🇸", 2), ("ｆｕｌｌ", 8), ("한국어", 6), ("\u{1B}", 0), ("", 0),
  ])
  func width(_ text: String, _ columns: Int) {
    #expect(DisplayWidth.of(text) == columns)
  }

  @Test func wrapsAtSpacesByColumns() {
    #expect(TextWrap.lines("a bb ccc", width: 4) == ["a bb", "ccc"])
    #expect(TextWrap.lines("王芳王芳王芳", width: 5) == ["王芳", "王芳", "王芳"])
    #expect(TextWrap.lines("王芳 王芳", width: 9) == ["王芳 王芳"])
    #expect(TextWrap.lines("abcdefgh", width: 3) == ["abc", "def", "gh"])
    #expect(TextWrap.lines("👩‍⚕️👩‍⚕️👩‍⚕️", width: 4) == ["👩‍⚕️👩‍⚕️", "👩‍⚕️"])
    #expect(TextWrap.lines("one\ntwo", width: 10) == ["one", "two"])
    #expect(TextWrap.lines("", width: 10) == [""])
  }

  /// fuzz-session's finding: a label too wide to hang text beside took the screen past its width.
  @Test func aLabelTooWideForTheScreenTakesItsOwnLine() {
    var text = ScreenText()
    text.add(.item, "None.", label: "Conflict of interest:", indent: 2)
    let rendered = text.render(width: 20, style: .plain)
    #expect(rendered == "  Conflict of\n  interest:\n  None.\n")
    #expect(rendered.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 20 })
  }

  /// A web address is never cut (a learner copies it); it takes a line of its own.
  @Test func aWebAddressKeepsALineWhole() {
    #expect(
      TextWrap.lines("See https://www.ojp.gov/library/publications (checked)", width: 20)
        == ["See", "https://www.ojp.gov/library/publications", "(checked)"])
  }

  @Test func controlCharactersInCourseTextAreShownNotObeyed() {
    let text = ScreenText([ScreenLine(.text, "red \u{1B}[31m")])
    #expect(text.render(width: 40, style: .plain) == "red \\u{1B}[31m\n")
  }
}
