import Testing
import VigilBase

@Suite struct ExactDecimalTests {
  @Test(arguments: [
    ("1", 100), ("1.5", 150), ("0.25", 25), ("-2", -200), ("+3.10", 310), (" 12.0 ", 1200), (".5", 50), ("5.", 500),
    ("0.250", 25), ("007", 700), ("999999999.99", 99_999_999_999), ("0", 0), ("0.10", 10), ("2.05", 205),
    ("3.500000", 350), ("-0.01", -1), ("1.000000000000000000", 100),
  ])
  func readsHundredths(text: String, expected: Int) {
    #expect(ExactDecimal.hundredths(text) == expected)
  }

  @Test(arguments: [
    "", ".", "-", "1.2.3", "1e3", "0x10", "1,5", "0.125", "١", "1 000", "12345678901234567890",
    "1000000000", "NaN", "inf", "--1", "1.5.", "\u{0}1", "0.001", "1.2000000001", "1.0000000000000000000",
  ])
  func refusesHundredths(text: String) {
    #expect(ExactDecimal.hundredths(text) == nil)
  }

  @Test(arguments: [("12", 12), ("+3", 3), ("-40", -40), ("000000000000012", 12), (" 7\n", 7), ("999999999", 999_999_999)])
  func readsIntegers(text: String, expected: Int) {
    #expect(ExactDecimal.integer(text) == expected)
  }

  @Test(arguments: ["1.0", "1000000000", "99999999999999999999", "", "+", "1e2", "12a", "٣"])
  func refusesIntegers(text: String) {
    #expect(ExactDecimal.integer(text) == nil)
  }

  @Test func minutesAreExactOrNilAndNeverTrap() {
    #expect(ExactDecimal.minutes(hundredths: 150, minutesPerHour: 60, exact: true) == 90)
    #expect(ExactDecimal.minutes(hundredths: 125, minutesPerHour: 50, exact: true) == nil)  // 62.5 minutes
    #expect(ExactDecimal.minutes(hundredths: 125, minutesPerHour: 50, exact: false) == 62)
    #expect(ExactDecimal.minutes(hundredths: .max, minutesPerHour: 60, exact: false) == nil)
    #expect(ExactDecimal.minutes(hundredths: 99_999_999_999, minutesPerHour: 999_999_999, exact: false) == nil)
  }
}
