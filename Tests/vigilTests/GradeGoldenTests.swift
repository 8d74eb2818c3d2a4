import Foundation
import Testing
import VigilTestSupport

/// `vigil grade --format json`, compared byte for byte with reviewed files in `Golden/` like the other
/// documents (`VIGIL_UPDATE_GOLDEN=1 swift test --filter GradeGoldenTests` rewrites them; review the diff).
@Suite struct GradeGoldenTests {
  private static let folder = Repository.path("Tests/vigilTests/Golden")

  private func expectGolden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let path = Self.folder + "/" + name
    if ProcessInfo.processInfo.environment["VIGIL_UPDATE_GOLDEN"] == "1" {
      try actual.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(actual == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
  }

  private func grade(_ json: String, _ extra: [String] = []) throws -> CommandResult {
    let directory = TemporaryDirectory()
    let file = directory.write("responses.json", json)
    return try CommandRunner.vigil(
      ["grade", Repository.path("Courses/human-trafficking-healthcare"), "--responses", file, "--format", "json"] + extra)
  }

  /// q01 right, q03 the harmful choice (−0.5), q13 right: 1.5 of 28 points, 25 unanswered.
  @Test func gradedDocument() throws {
    let result = try grade(#"{"q01": "a", "q03": "c", "q13": false}"#)
    #expect(result.status == 0, "\(result.error)")
    try expectGolden("grade.json", result.output)
  }

  @Test func drawnDocument() throws {
    let result = try grade("{}", ["--seed", "42"])
    #expect(result.status == 0, "\(result.error)")
    try expectGolden("grade-seed.json", result.output)
  }

  @Test func problemsDocument() throws {
    let result = try grade("{\"q01\": \"z\",\n \"q01\": \"a\"}")
    #expect(result.status == 1)
    try expectGolden("grade-problems.json", result.output)
  }
}
