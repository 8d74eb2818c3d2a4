import Testing
import VigilBase

/// Expected texts are Python's
/// `datetime.fromtimestamp(s, datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")`.
@Suite struct InstantTextTests {
  static let instants: [(Int64, String)] = [
    (0, "1970-01-01T00:00:00Z"), (-1, "1969-12-31T23:59:59Z"), (1_764_444_600, "2025-11-29T19:30:00Z"),
    (951_782_400, "2000-02-29T00:00:00Z"), (1_782_950_399, "2026-07-01T23:59:59Z"),
    (253_402_300_799, "9999-12-31T23:59:59Z"),
  ]

  @Test(arguments: instants)
  func formatsAppendsAndParsesTheSameText(seconds: Int64, text: String) {
    #expect(InstantText.format(seconds) == text)
    var bytes = Array("x".utf8)
    InstantText.append(seconds, to: &bytes)
    #expect(bytes == Array(("x" + text).utf8))
    #expect(InstantText.parse(text) == seconds)
  }

  /// Past year 9999 the year takes five digits, which the form cannot read back.
  @Test func writesAFiveDigitYearInFullAndDoesNotReadItBack() {
    let text = "10000-01-01T00:00:00Z"
    #expect(InstantText.format(253_402_300_800) == text)
    var bytes: [UInt8] = []
    InstantText.append(253_402_300_800, to: &bytes)
    #expect(bytes == Array(text.utf8))
    #expect(InstantText.parse(text) == nil)
  }
}
