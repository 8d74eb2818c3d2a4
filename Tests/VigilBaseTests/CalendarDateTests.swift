import Testing
import VigilBase

@Suite struct CalendarDateTests {
  @Test(arguments: [
    ("2027-01-31", CalendarDate(year: 2027, month: 1, day: 31)),
    ("0001-01-01", CalendarDate(year: 1, month: 1, day: 1)),
    ("2024-02-29", CalendarDate(year: 2024, month: 2, day: 29)),
    ("9999-12-31", CalendarDate(year: 9999, month: 12, day: 31)),
  ])
  func readsExactDates(text: String, expected: CalendarDate) {
    #expect(CalendarDate(text) == expected)
    #expect(CalendarDate(text)?.description == text)
  }

  @Test(arguments: [
    "2027-01-311", "2027-01-31; DROP TABLE x;--", "+202-01-31", "0000-01-01", "2023-02-29", "2027-13-01",
    "2027-00-10", "2027-1-31", " 2027-01-31", "2027-01-31Z", "2027-01-31+02:00", "２０２７-01-31", "", "2027/01/31",
    "-027-01-31", "2027-01-3a", "2027-01-00", "2027-04-31",
  ])
  func refusesEverythingElse(text: String) {
    #expect(CalendarDate(text) == nil)
  }

  @Test(arguments: [
    (CalendarDate(year: 7, month: 3, day: 9), "0007-03-09"),
    (CalendarDate(year: 2026, month: 11, day: 29), "2026-11-29"),
    (CalendarDate(year: 10_000, month: 1, day: 1), "10000-01-01"),
  ])
  func writesFourDigitYearsAndTwoDigitMonthsAndDays(date: CalendarDate, text: String) {
    #expect(date.description == text)
  }

  @Test func daysSinceEpochRoundTripsAcrossCenturies() {
    // 1970-01-01 is day 0; 2000-03-01 is day 11017 (computed with Python's datetime.date.toordinal).
    #expect(CalendarDate(year: 1970, month: 1, day: 1).daysSinceEpoch == 0)
    #expect(CalendarDate(year: 2000, month: 3, day: 1).daysSinceEpoch == 11_017)
    #expect(CalendarDate(year: 1, month: 1, day: 1).daysSinceEpoch == -719_162)
    for day in stride(from: -719_162, through: 2_932_896, by: 997) {
      #expect(CalendarDate(daysSinceEpoch: day).daysSinceEpoch == day)
    }
  }
}
