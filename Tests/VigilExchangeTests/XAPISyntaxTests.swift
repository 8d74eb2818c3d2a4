import Testing
import VigilExchange

/// The formats xAPI gives values, each with cases written by hand from the specification's text.
struct XAPISyntaxTests {
  @Test(arguments: [
    ("fd41c918-b88b-4b20-a0a5-a4c32391aaa0", true), ("FD41C918-B88B-4B20-A0A5-A4C32391AAA0", true),
    ("fd41c918-b88b-4b20-b0a5-a4c32391aaa0", true), ("fd41c918-b88b-4b20-70a5-a4c32391aaa0", false),
    ("fd41c918b88b4b20a0a5a4c32391aaa0", false), ("{fd41c918-b88b-4b20-a0a5-a4c32391aaa0}", false),
    ("fd41c918-b88b-4b20-a0a5-a4c32391aaag", false), ("", false),
  ])
  func uuids(text: String, valid: Bool) { #expect(XAPISyntax.isUUID(text) == valid, "\(text)") }

  @Test(arguments: [
    ("http://adlnet.gov/expapi/verbs/completed", true), ("urn:vigil:xapi:contact-hours", true),
    ("https://example.org/é", true), ("mailto:a@example.org", true), ("completed", false), (":x", false),
    ("http://example.org/a b", false), ("1http://x", false), ("http:", false), ("http://x/<y>", false),
  ])
  func iris(text: String, valid: Bool) { #expect(XAPISyntax.isIRI(text) == valid, "\(text)") }

  @Test(arguments: [
    ("https://vigil.example/ce", true), ("HTTP://example.org", true), ("urn:vigil:x", false),
    ("https://", false), ("https:///path", false), ("vigil.example", false),
  ])
  func irls(text: String, valid: Bool) { #expect(XAPISyntax.isIRL(text) == valid, "\(text)") }

  @Test(arguments: [
    ("en-US", true), ("en", true), ("und", true), ("zh-Hant-TW", true), ("x-private", true), ("es-419", true),
    ("en_US", false), ("e", false), ("en-", false), ("-en", false), ("", false), ("en-toolongsubtag", false),
  ])
  func languageTags(text: String, valid: Bool) { #expect(XAPISyntax.isLanguageTag(text) == valid, "\(text)") }

  @Test(arguments: [
    ("PT4H35M59.14S", true), ("P1Y2M3DT4H5M6S", true), ("P3W", true), ("PT0S", true), ("P1D", true),
    ("PT1.5H", true), ("P0.5Y", true), ("PT12M30,5S", true),
    ("P16559.14S", false), ("P", false), ("PT", false), ("P1DT", false), ("PT1S2M", false), ("P1W2D", false),
    ("PT1.5H2M", false), ("PT1.234S", false), ("12 minutes", false), ("PT00:12:30", false), ("pt1s", false),
    ("PT.5S", false), ("PT1.S", false),
  ])
  func durations(text: String, valid: Bool) { #expect(XAPISyntax.isDuration(text) == valid, "\(text)") }

  @Test(arguments: [
    ("2026-11-29T19:30:00Z", true), ("2026-11-29T19:30:00.123Z", true), ("2026-11-29T19:30:00+00:00", true),
    ("2026-11-29T13:30:00-06:00", false), ("2026-11-29T19:30:00", false), ("2026-11-29", false),
    ("2026-02-30T19:30:00Z", false), ("2026-11-29T24:00:00Z", false), ("2026-11-29T19:30:00.Z", false),
  ])
  func utcTimestamps(text: String, valid: Bool) { #expect(XAPISyntax.isUTCTimestamp(text) == valid, "\(text)") }
}
