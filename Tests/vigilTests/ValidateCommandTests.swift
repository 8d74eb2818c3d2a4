import Foundation
import Testing
import VigilTestSupport

/// End to end: the built `vigil validate` on real and hostile input, with its output and exit codes.
@Suite struct ValidateCommandTests {
  @Test func realCoursesAndBoardsValidateCleanly() throws {
    let result = try CommandRunner.vigil(["validate", "--strict", Repository.path("Courses"), Repository.path("Boards")])
    #expect(result.status == 0, "\(result.output)\(result.error)")
    #expect(result.output.hasSuffix("0 errors, 0 warnings in 2 packages and 5 files\n"))
  }

  @Test func brokenBoardFileIsReportedWithItsRule() throws {
    let directory = TemporaryDirectory()
    let board = try String(contentsOfFile: Repository.path("Boards/fl-bon.xml"), encoding: .utf8)
    let broken = board.replacingOccurrences(of: "<board ", with: "<board bogus=\"1\" ")
    #expect(broken != board)
    let path = directory.write("fl-bon.xml", broken)
    let result = try CommandRunner.vigil(["validate", path])
    #expect(result.status == 1)
    #expect(result.output.contains("fl-bon.xml:"))
    #expect(result.output.contains("bogus"))
    #expect(result.output.contains("[schema]"))
  }

  @Test func jsonOutputCarriesTheSameContent() throws {
    let directory = TemporaryDirectory()
    directory.write("bad/course.xml", "<course xmlns=\"urn:vigil:course:1\"/>")
    let result = try CommandRunner.vigil(["validate", "--format", "json", directory.appending("bad")])
    #expect(result.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.count == 4)
    #expect(diagnostics.allSatisfy { $0["rule"] as? String == "schema" && $0["line"] as? Int == 1 })
    #expect(json["errors"] as? Int == 4)
    #expect(json["packages"] as? Int == 1)
  }

  @Test func textOutputIsOneLinePerProblemAndASummary() throws {
    let directory = TemporaryDirectory()
    let path = directory.write("x.xml", "<a>\n<b></a>")
    let result = try CommandRunner.vigil(["validate", path])
    #expect(result.status == 1)
    #expect(
      result.output == """
        \(path):2:8: error: not well-formed XML: Opening and ending tag mismatch: b line 2 and a [xml-malformed]
        1 error, 0 warnings in 0 packages and 1 file

        """)
  }

  @Test func strictTurnsWarningsIntoFailure() throws {
    let directory = TemporaryDirectory()
    let course = try String(contentsOfFile: Repository.path("Courses/sample-minimal/course.xml"), encoding: .utf8)
    directory.write("pkg/course.xml", course)
    let lenient = try CommandRunner.vigil(["validate", "--today", "2028-10-01", directory.appending("pkg")])
    #expect(lenient.status == 0)
    #expect(lenient.output.contains("[approval-expiring]"))
    let strict = try CommandRunner.vigil(["validate", "--strict", "--today", "2028-10-01", directory.appending("pkg")])
    #expect(strict.status == 1)
  }

  @Test(arguments: [
    ["validate"], ["validate", "--format", "yaml", "Courses"], ["validate", "--today", "2026-02-30", "Courses"],
    ["validate", "--no-such-flag", "Courses"], ["no-such-command"], ["validate", "--jobs", "0", "Courses"],
  ])
  func usageErrorsExitWithTwo(arguments: [String]) throws {
    let result = try CommandRunner.vigil(arguments, directory: Repository.root)
    #expect(result.status == 2, "\(result.error)")
    // argument-parser's own errors start "Error: "; Vigil's start "error: ".
    let first = result.error.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first.hasPrefix("Error: ") || first.hasPrefix("error: "), "\(result.error)")
    #expect(result.output.isEmpty)
  }

  @Test func parallelWorkersReportInTheSameOrderAsOne() throws {
    let directory = TemporaryDirectory()
    let course = try String(contentsOfFile: Repository.path("Courses/sample-minimal/course.xml"), encoding: .utf8)
    for index in 0..<12 {
      let broken = course.replacingOccurrences(of: #"passPercent="80""#, with: #"passPercent="\#(101 + index)""#)
      directory.write("pkg-\(String(format: "%02d", index))/course.xml", broken)
    }
    let one = try CommandRunner.vigil(["validate", "--jobs", "1", directory.path])
    let four = try CommandRunner.vigil(["validate", "--jobs", "4", directory.path])
    #expect(one.status == 1)
    #expect(one.output == four.output)
    #expect(one.output.contains("12 errors, 0 warnings in 12 packages"))
    let first = try #require(one.output.split(separator: "\n").first)
    #expect(first.contains("pkg-00/course.xml"))
  }

  @Test func missingPathIsAUsageError() throws {
    let result = try CommandRunner.vigil(["validate", "/nonexistent/vigil/path"])
    #expect(result.status == 2)
    #expect(result.error == "error: no such file or folder: '/nonexistent/vigil/path'; check the path\n")
  }

  @Test func folderWithoutCourseIsAProblem() throws {
    let directory = TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: directory.appending("empty"), withIntermediateDirectories: true)
    let result = try CommandRunner.vigil(["validate", directory.appending("empty")])
    #expect(result.status == 1)
    #expect(result.output.contains("[package-missing-course]"))
  }
}
