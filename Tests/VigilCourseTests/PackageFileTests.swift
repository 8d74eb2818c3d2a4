import Foundation
import Testing
import VigilBase
import VigilCourse
import VigilTestSupport
import VigilXML

/// Package-level rules: files that are missing, outside the package, of the wrong kind, or absent.
@Suite struct PackageFileTests {
  private static let lessonFile = """
    <?xml version="1.0" encoding="UTF-8"?>
    <lesson xmlns="urn:vigil:course:1" id="l2" minutes="1">
      <title>Lesson two</title>
      <section><heading>More</heading><p>\(CourseFixture.lessonText)</p></section>
    </lesson>
    """

  private func fixture(href: String) -> CourseFixture {
    var fixture = CourseFixture()
    fixture.replace("  </lessons>", with: "    <lessonFile href=\"\(href)\"/>\n  </lessons>")
    fixture.replace(#"minutes="5""#, with: #"minutes="6""#)
    return fixture
  }

  @Test func lessonInItsOwnFileIsRead() throws {
    var fixture = fixture(href: "lessons/two.xml")
    fixture.files["lessons/two.xml"] = Self.lessonFile
    #expect(try fixture.diagnostics().isEmpty)
  }

  @Test func missingFile() throws {
    let fixture = fixture(href: "lessons/none.xml")
    let diagnostics = try fixture.diagnostics()
    #expect(diagnostics.map(\.ruleID) == [.fileMissing])
    #expect(diagnostics.first?.location == fixture.location(of: #"href="lessons/none.xml""#))
  }

  @Test(arguments: ["../outside.xml", "/etc/passwd", "lessons/../../x.xml", "lessons\\two.xml", "./two.xml"])
  func referenceThatLeavesThePackage(href: String) throws {
    let diagnostics = try fixture(href: href).diagnostics()
    #expect(diagnostics.contains { $0.ruleID == .fileOutsidePackage })
  }

  @Test func symbolicLinkLeadingOut() throws {
    let outside = TemporaryDirectory()
    let target = outside.write("secret.xml", Self.lessonFile)
    let package = fixture(href: "lessons/link.xml").write()
    try FileManager.default.createDirectory(atPath: package.appending("lessons"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: package.appending("lessons/link.xml"), withDestinationPath: target)
    let reader = try CoursePackageReader()
    let (_, diagnostics) = reader.read(packageAt: package.path)
    #expect(diagnostics.map(\.ruleID) == [.fileOutsidePackage])
    #expect(diagnostics.first?.message.contains("outside the package") == true)
  }

  @Test func referencedFileOfTheWrongKind() throws {
    var fixture = fixture(href: "lessons/two.xml")
    fixture.files["lessons/two.xml"] = """
      <questionBank xmlns="urn:vigil:course:1" id="b2"><question id="z" kind="true-false" answer="true">\
      <prompt>P</prompt><feedback>F</feedback></question></questionBank>
      """
    let diagnostics = try fixture.diagnostics()
    #expect(diagnostics.map(\.ruleID) == [.fileWrongKind])
    #expect(diagnostics.first?.message.contains("<lesson") == true)
  }

  @Test func folderWithoutCourse() throws {
    let empty = TemporaryDirectory()
    let reader = try CoursePackageReader()
    let (package, diagnostics) = reader.read(packageAt: empty.path)
    #expect(package == nil)
    #expect(diagnostics.map(\.ruleID) == [.packageMissingCourse])
  }

  @Test func courseInTheWrongNamespace() throws {
    var fixture = CourseFixture()
    fixture.replace(#"xmlns="urn:vigil:course:1""#, with: #"xmlns="urn:example:other""#)
    let diagnostics = try fixture.diagnostics()
    #expect(diagnostics.map(\.ruleID) == [.xmlNamespace])
    #expect(diagnostics.first?.location == SourceLocation(line: 2, column: 1))
  }
}
