import Foundation
import Testing
import VigilTestSupport

/// libxml2's own command-line tool, independent of our code, accepts our schema and our courses.
@Suite(.enabled(if: CommandRunner.isInstalled("xmllint"), "xmllint (libxml2-utils) is not installed"))
struct XmllintInteropTests {
  static let courseFiles: [String] = {
    let root = Repository.path("Courses")
    let enumerator = FileManager.default.enumerator(atPath: root)
    var files: [String] = []
    while let relative = enumerator?.nextObject() as? String {
      if relative.hasSuffix(".xml") { files.append(root + "/" + relative) }
    }
    return files.sorted()
  }()

  @Test func schemaIsWellFormedXSD() throws {
    let result = try CommandRunner.run("xmllint", ["--noout", "--schema", Repository.courseSchema, "--version"])
    #expect(!result.error.contains("failed to compile"), "\(result.error)")
  }

  @Test func everyCourseFileValidatesUnderXmllint() throws {
    #expect(Self.courseFiles.count >= 8)
    let result = try CommandRunner.run("xmllint", ["--noout", "--schema", Repository.courseSchema] + Self.courseFiles)
    #expect(result.status == 0, "\(result.error)")
    for file in Self.courseFiles { #expect(result.error.contains("\(file) validates")) }
  }

  @Test func xmllintAndVigilAgreeOnASchemaViolation() throws {
    let directory = TemporaryDirectory()
    let course = try String(contentsOfFile: Repository.path("Courses/sample-minimal/course.xml"), encoding: .utf8)
    let broken = course.replacingOccurrences(of: #"passPercent="80""#, with: #"passPercent="180""#)
    #expect(broken != course)
    let path = directory.write("pkg/course.xml", broken)
    let xmllint = try CommandRunner.run("xmllint", ["--noout", "--schema", Repository.courseSchema, path])
    let vigil = try CommandRunner.vigil(["validate", directory.appending("pkg")])
    #expect(xmllint.status != 0)
    #expect(vigil.status == 1)
    #expect(xmllint.error.contains("passPercent"))
    #expect(vigil.output.contains("passPercent"))
    #expect(vigil.output.contains("[schema]"))
  }
}
