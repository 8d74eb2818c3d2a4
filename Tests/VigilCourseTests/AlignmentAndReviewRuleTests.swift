import Testing
import VigilBase
import VigilCourse

/// `objective-not-assessed`, `objective-may-go-unassessed` and `resource-review-due`, each case worked
/// out by hand from the fixture (two questions in one bank; today 2026-06-01; review age 180 days).
@Suite struct AlignmentAndReviewRuleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var edits: [(String, String)]
    var reviewDays = 180
    /// The expected diagnostics as "rule: message start".
    var expected: [String]
    var testDescription: String { name }
  }

  static let secondObjective = (
    #"<objective id="o1">Recognise warning signs.</objective>"#,
    #"<objective id="o1">Recognise warning signs.</objective><objective id="o2">Name the hotline.</objective>"#
  )

  static func resource(_ attributes: String) -> (String, String) {
    (
      "</section>\n    </lesson>",
      "</section><resources><resource kind=\"hotline\" phone=\"1-888-373-7888\" \(attributes)><name>Hotline</name>"
        + "<description>Call it.</description></resource></resources>\n    </lesson>"
    )
  }

  static let cases: [Case] = [
    Case(name: "both questions assess the one objective", edits: [], expected: []),
    Case(
      name: "an objective no question assesses", edits: [secondObjective],
      expected: ["objective-not-assessed: quiz 'final' has no question that assesses objective 'o2'"]),
    // o2 only on q2; select 1 of 2: the draw {q1} misses it (1 non-assessing question, 1 drawn).
    Case(
      name: "select 1 of 2 can miss it",
      edits: [
        secondObjective, (#"answer="true" objectives="o1""#, #"answer="true" objectives="o1 o2""#),
        (#"select="2""#, #"select="1""#),
      ],
      expected: ["objective-may-go-unassessed: a draw of quiz 'final' can leave objective 'o2' unassessed"]),
    // The same with q2 fixed: it is always drawn.
    Case(
      name: "a fixed question guarantees it",
      edits: [
        secondObjective, (#"answer="true" objectives="o1""#, #"answer="true" fixed="true" objectives="o1 o2""#),
        (#"select="2""#, #"select="1""#),
      ],
      expected: []),
    // Select 2 of 2 draws both: 2 drawn > 1 non-assessing question.
    Case(
      name: "drawing every question guarantees it",
      edits: [secondObjective, (#"answer="true" objectives="o1""#, #"answer="true" objectives="o1 o2""#)],
      expected: []),
    Case(
      name: "an objective the course does not define",
      edits: [(#"answer="true" objectives="o1""#, #"answer="true" objectives="o1 o9""#)],
      expected: ["unresolved-reference: question 'q2' assesses objective 'o9', which the course does not define"]),
    Case(
      name: "a resource without a verified date", edits: [resource("")],
      expected: ["resource-review-due: resource 'Hotline' does not say when and where it was verified"]),
    // 2026-01-01 to 2026-06-01 is 151 days: within 180.
    Case(
      name: "verified 151 days ago",
      edits: [resource(#"verified="2026-01-01" source="https://humantraffickinghotline.org""#)], expected: []),
    // 2025-12-01 to 2026-06-01: 31 + 31 + 28 + 31 + 30 + 31 = 182 days.
    Case(
      name: "verified 182 days ago",
      edits: [resource(#"verified="2025-12-01" source="https://humantraffickinghotline.org""#)],
      expected: [
        "resource-review-due: resource 'Hotline' was last verified on 2025-12-01, 182 days ago; check it against "
          + "https://humantraffickinghotline.org"
      ]),
    Case(
      name: "a verified date in the future",
      edits: [resource(#"verified="2099-12-01" source="https://humantraffickinghotline.org""#)],
      expected: ["resource-review-due: resource 'Hotline' was last verified on 2099-12-01, a day in the future"]),
    Case(
      name: "a verified date without its source",
      edits: [resource(#"verified="2026-05-01""#)],
      expected: ["resource-review-due: resource 'Hotline' does not say where it was verified; add source=\"the official page\""]),
    Case(
      name: "182 days is within a 365-day review age",
      edits: [resource(#"verified="2025-12-01" source="https://humantraffickinghotline.org""#)], reviewDays: 365,
      expected: []),
    // 2025-11-01 to 2026-06-01: 30 + 182 = 212 days.
    Case(
      name: "a reference checked 212 days ago",
      edits: [
        (
          "</evaluation>",
          #"</evaluation><references><reference web="https://www.ilo.org" checked="2025-11-01">ILO. Global Estimates of Modern Slavery. 2022.</reference></references>"#
        )
      ],
      expected: ["resource-review-due: reference 1 was last checked on 2025-11-01, 212 days ago; check it at https://www.ilo.org"]),
  ]

  @Test(arguments: cases) func diagnostics(_ test: Case) throws {
    var fixture = CourseFixture()
    for (target, replacement) in test.edits { fixture.replace(target, with: replacement) }
    let found = try fixture.diagnostics(reviewDays: test.reviewDays).map { "\($0.ruleID.rawValue): \($0.message)" }
    #expect(found.count == test.expected.count, "\(found)")
    for (message, expected) in zip(found, test.expected) {
      #expect(message.hasPrefix(expected), "\(message)")
    }
  }

  @Test func referencesAreReadAndOutlined() throws {
    var fixture = CourseFixture()
    fixture.replace(
      "</evaluation>",
      with: #"</evaluation><references><reference web="https://www.ilo.org" checked="2026-05-01">ILO. Global Estimates of Modern Slavery. 2022.</reference></references>"#)
    let directory = fixture.write()
    let package = try #require(try CoursePackageReader().read(packageAt: directory.path).package)
    #expect(package.course.references == [
      Reference(citation: "ILO. Global Estimates of Modern Slavery. 2022.", web: "https://www.ilo.org", checked: CalendarDate(year: 2026, month: 5, day: 1))
    ])
    #expect(CourseOutline(package.course).lines.suffix(2) == [
      "References:", "  - ILO. Global Estimates of Modern Slavery. 2022. https://www.ilo.org (checked 2026-05-01)",
    ])
    #expect(package.course.questionObjectives == ["q1": ["o1"], "q2": ["o1"]])
  }
}
