import Testing
import VigilTestSupport

/// End to end: `vigil outline` shows the real course as a licensee will meet it.
@Suite struct OutlineCommandTests {
  @Test func outlineOfTheRealCourse() throws {
    let result = try CommandRunner.vigil(["outline", Repository.path("Courses/human-trafficking-healthcare")])
    #expect(result.status == 0, "\(result.error)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "Human Trafficking in Health Care: Recognize and Respond (human-trafficking-healthcare 2.0.0)")
    #expect(lines.contains("  1.0 h by ANCC (EXAMPLE-ANCC-0001, example number) on human-trafficking"))
    #expect(lines.contains("Lessons (81 min):"))
    #expect(lines.contains("Quiz \"Final Quiz\": 10 of 34 questions, pass at 80%, 3 attempts, highest attempt counts"))
    #expect(lines.filter { $0.hasPrefix("  ") && $0.contains(" min") && $0.contains(". ") }.count == 6)
    // The bibliography closes the outline, each entry with the day it was checked.
    let references = lines.drop { $0 != "References:" }.dropFirst()
    #expect(references.count >= 20)
    #expect(references.allSatisfy { $0.hasPrefix("  - ") && $0.hasSuffix(" (checked 2026-12-01)") })
  }

  @Test func outlineRefusesABrokenPackage() throws {
    let directory = TemporaryDirectory()
    directory.write("broken/course.xml", "<course xmlns=\"urn:vigil:course:1\"")
    let result = try CommandRunner.vigil(["outline", directory.appending("broken")])
    #expect(result.status == 2)
    #expect(result.error.contains("is not a valid course package"))
    #expect(result.error.contains("[xml-malformed]"))
  }
}
