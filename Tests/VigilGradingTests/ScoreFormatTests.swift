import Testing
import VigilGrading

/// `ScoreFormat`, the one place percentages and points are formatted: any value, no trap.
@Suite struct ScoreFormatTests {
  @Test(arguments: [
    (80.0, "80"), (72.5, "72.5"), (200.0 / 3, "66.666666667"), (-0.0, "0"), (0.1 + 0.2, "0.3"), (-12.25, "-12.25"),
    (1e-12, "0"), (.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"), (1e20, "1e+20"), (-1e300, "-1e+300"),
    (9.2233720368547758e18, "9.223372036854776e+18"),
  ])
  func shortestShowsOnlyTheDecimalsNeeded(value: Double, text: String) {
    #expect(ScoreFormat.shortest(value) == text)
  }

  /// Values at and beyond `Int` once trapped in the outline's own formatter (`String(Int(value))`).
  @Test(arguments: [Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude, 9.3e18, .infinity, .nan])
  func percentNeverTraps(value: Double) {
    #expect(ScoreFormat.percent(value).hasSuffix("%"))
    #expect(ScoreFormat.percent(value, decimals: 2).hasSuffix("%"))
  }

  @Test func percentWithAndWithoutDecimals() {
    #expect(ScoreFormat.percent(80) == "80%")
    #expect(ScoreFormat.percent(72.5) == "72.5%")
    #expect(ScoreFormat.percent(72.5, decimals: 0) == "73%")
  }
}
