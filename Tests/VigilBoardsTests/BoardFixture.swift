import VigilBase
import VigilBoards
import VigilCourse
import VigilTestSupport
import VigilXML

/// A small valid board file that each rule test bends to break exactly one rule.
struct BoardFixture {
  var xml = """
    <?xml version="1.0" encoding="UTF-8"?>
    <board xmlns="urn:vigil:board:1" id="fixture" jurisdiction="US-XX" licenseTypes="RN APRN" reviewed="2026-06-01">
      <name>Fixture Board of Nursing</name>
      <sources>
        <source id="s1" kind="official" href="https://example.org/rule">Rule page</source>
        <source id="s2" kind="secondary" href="https://example.org/vendor">Vendor page</source>
      </sources>
      <cycle months="24" anchor="license-expiry" citation="Rule 1" source="s1"/>
      <unit minutesPerHour="60" rounding="down" increment="0.5" citation="Rule 2" source="s1"/>
      <generalCredit citation="Rule 3" source="s1">
        <approver code="ANCC"/>
      </generalCredit>
      <total id="t1" hours="20" citation="Rule 4" source="s1">
        <title>Hours</title>
        <appliesTo licenseTypes="RN APRN"/>
      </total>
      <requirement id="r1" topic="human-trafficking" hours="1" frequency="every-cycle" placement="within-total" citation="Rule 5" source="s1 s2">
        <title>Trafficking</title>
        <appliesTo attributes="direct-patient-care"/>
        <note kind="conflict" source="s2">The vendor disagrees.</note>
      </requirement>
      <requirement id="r2" topic="ethics" hours="2" frequency="every-nth-cycle" every="3" placement="on-top" citation="Rule 6" source="s1">
        <title>Ethics</title>
      </requirement>
      <certification attribute="national-certification" waives="t1" citation="Rule 7" source="s1"/>
    </board>
    """

  /// The file name the fixture is written under.
  var fileName = "fixture.xml"

  /// Replaces the first occurrence of `target`; the test fails loudly if it is missing.
  mutating func replace(_ target: String, with replacement: String) {
    precondition(xml.contains(target), "fixture does not contain \(target)")
    if let range = xml.range(of: target) { xml.replaceSubrange(range, with: replacement) }
  }

  /// Validates the fixture as `vigil validate` does.
  func diagnostics(today: CalendarDate = CalendarDate(year: 2026, month: 7, day: 1)) throws -> [Diagnostic] {
    let directory = TemporaryDirectory()
    let path = directory.write(fileName, xml)
    return try BoardValidator(today: today).validate(fileAt: path)
  }

  /// Reads the fixture as a board.
  func read() throws -> (board: Board?, diagnostics: [Diagnostic]) {
    let directory = TemporaryDirectory()
    let path = directory.write(fileName, xml)
    return try BoardReader().read(fileAt: path)
  }

  /// The 1-based line and column where `marker` first appears.
  func location(of marker: String) -> SourceLocation {
    guard let range = xml.range(of: marker) else { return SourceLocation(line: 0, column: 0) }
    let before = xml[..<range.lowerBound]
    let line = before.count(where: { $0 == "\n" }) + 1
    let column =
      before.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.unicodeScalars.count } ?? 0
    return SourceLocation(line: line, column: column + 1)
  }
}
