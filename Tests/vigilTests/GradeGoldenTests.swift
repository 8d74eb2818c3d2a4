import Foundation
import Testing
import VigilTestSupport

/// `vigil grade --format json`, compared byte for byte with reviewed files in `Golden/` like the other
/// documents (`VIGIL_UPDATE_GOLDEN=1 swift test --filter GradeGoldenTests` rewrites them; review the diff).
@Suite struct GradeGoldenTests {
  private func grade(_ json: String, _ extra: [String] = []) throws -> CommandResult {
    let directory = TemporaryDirectory()
    let file = directory.write("responses.json", json)
    return try CommandRunner.vigil(
      ["grade", Repository.frozenCourse, "--responses", file, "--format", "json"] + extra)
  }

  /// q01 right, q03 the harmful choice (−0.5), q13 right: 1.5 of 28 points, 25 unanswered.
  @Test func gradedDocument() throws {
    let result = try grade(#"{"q01": "a", "q03": "c", "q13": false}"#)
    #expect(result.status == 0, "\(result.error)")
    try GoldenFile.expect("grade.json", result.output)
  }

  @Test func drawnDocument() throws {
    let result = try grade("{}", ["--seed", "42"])
    #expect(result.status == 0, "\(result.error)")
    try GoldenFile.expect("grade-seed.json", result.output)
  }

  @Test func problemsDocument() throws {
    let result = try grade("{\"q01\": \"z\",\n \"q01\": \"a\"}")
    #expect(result.status == 1)
    try GoldenFile.expect("grade-problems.json", result.output)
  }
}
