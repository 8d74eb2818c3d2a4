import VigilBase
import VigilCourse
import VigilTestSupport
import VigilXML

/// A small valid course package that each test bends to break exactly one rule.
struct CourseFixture {
  static let lessonText = Array(repeating: "Trafficking harms patients.", count: 60).joined(separator: " ")

  var courseXML = """
    <?xml version="1.0" encoding="UTF-8"?>
    <course xmlns="urn:vigil:course:1" id="fixture" version="1.0.0" lang="en-US">
      <title>Fixture course</title>
      <summary>A course for tests.</summary>
      <released>2026-01-01</released>
      <expires>2027-12-31</expires>
      <provider><name>Test Provider</name><web>https://vigil.example/</web></provider>
      <approvals>
        <approval id="ancc" approver="ANCC" number="EX-1" example="true" hours="0.1" validFrom="2026-01-01" validUntil="2027-12-31">
          <topic>human-trafficking</topic>
          <statement>Example approval statement.</statement>
        </approval>
      </approvals>
      <objectives><objective id="o1">Recognise warning signs.</objective></objectives>
      <disclosures><disclosure kind="conflict-of-interest">None.</disclosure></disclosures>
      <lessons>
        <lesson id="l1" minutes="1" objectives="o1">
          <title>Lesson one</title>
          <section><heading>Basics</heading><p>\(lessonText)</p></section>
        </lesson>
      </lessons>
      <questionBanks>
        <questionBank id="bank">
          <question id="q1" kind="single-choice" objectives="o1">
            <prompt>Which number is the national hotline?</prompt>
            <choice id="a" correct="true">1-888-373-7888</choice>
            <choice id="b">911</choice>
            <feedback>The hotline is 1-888-373-7888.</feedback>
          </question>
          <question id="q2" kind="true-false" answer="true" objectives="o1">
            <prompt>Movement across borders is not required.</prompt>
            <feedback>Right: trafficking can happen in a victim's home town.</feedback>
          </question>
        </questionBank>
      </questionBanks>
      <quiz id="final" passPercent="80" maxAttempts="3" minutes="5">
        <title>Final quiz</title>
        <section id="s1" bank="bank" select="2"/>
      </quiz>
      <evaluation><ask id="e1" kind="rating">Did the course meet its objectives?</ask></evaluation>
    </course>
    """

  /// Extra files of the package, by relative path.
  var files: [String: String] = [:]

  /// Replaces the first occurrence of `target` in course.xml; the test fails loudly if it is missing.
  mutating func replace(_ target: String, with replacement: String) {
    precondition(courseXML.contains(target), "fixture does not contain \(target)")
    if let range = courseXML.range(of: target) { courseXML.replaceSubrange(range, with: replacement) }
  }

  /// Writes the package into a new temporary folder.
  func write() -> TemporaryDirectory {
    let directory = TemporaryDirectory()
    directory.write("course.xml", courseXML)
    for (path, contents) in files { directory.write(path, contents) }
    return directory
  }

  /// Validates the package as `vigil validate` does, returning every diagnostic.
  func diagnostics(today: CalendarDate = CalendarDate(year: 2026, month: 6, day: 1), reviewDays: Int = 180) throws
    -> [Diagnostic]
  {
    let directory = write()
    let validator = CourseValidator(context: ValidationContext(today: today, reviewDays: reviewDays))
    return validator.check(packageAt: directory.path, with: try CoursePackageReader()).diagnostics
  }

  /// The 1-based line and column where `marker` first appears in course.xml.
  func location(of marker: String, in text: String? = nil) -> SourceLocation {
    let source = text ?? courseXML
    guard let range = source.range(of: marker) else { return SourceLocation(line: 0, column: 0) }
    let before = source[..<range.lowerBound]
    let line = before.count(where: { $0 == "\n" }) + 1
    let column = before.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.unicodeScalars.count } ?? 0
    return SourceLocation(line: line, column: column + 1)
  }
}
