import Foundation
import Testing
import VigilTestSupport

/// End to end: `vigil grade` at its edges: hostile responses files, `--seed` out of range, quiz choice.
@Suite struct GradeEdgeTests {
  static let course = Repository.frozenCourse

  private func grade(bytes: [UInt8], _ extra: [String] = []) throws -> CommandResult {
    let directory = TemporaryDirectory()
    let file = directory.write("responses.json", bytes: bytes)
    return try CommandRunner.vigil(["grade", Self.course, "--responses", file] + extra)
  }

  private func grade(_ json: String, _ extra: [String] = []) throws -> CommandResult {
    try grade(bytes: Array(json.utf8), extra)
  }

  /// JSONDecoder kept one of two values for q01 silently; the strict reader names the key and both places.
  @Test func duplicateKeyIsRefusedNamingIt() throws {
    let result = try grade("{\"q01\": \"b\",\n \"q01\": \"a\"}")
    #expect(result.status == 1, "\(result.output)")
    #expect(
      result.output.contains(
        "responses.json:2:2: $.q01: error: $.q01 is given twice (first at 1:2); keep one answer per question"),
      "\(result.output)")
    #expect(result.output.contains("nothing was graded"))
  }

  /// `1e400` is valid JSON; JSONDecoder called the file "not valid JSON". Its exact text now reaches the
  /// numeric question, which says the number is too large.
  @Test func hugeNumberIsReportedAsTooLarge() throws {
    let result = try grade(#"{"q26": 1e400}"#)
    #expect(result.status == 1)
    #expect(result.output.contains("responses.json:1:9: $.q26: error: '1e400' is too large"), "\(result.output)")
    #expect(!result.output.contains("not valid JSON"))
  }

  @Test func nulByteIsNamedWithItsPlace() throws {
    let result = try grade(bytes: Array("{\"q01\": \"a\"}".utf8) + [0])
    #expect(result.status == 1)
    #expect(result.output.contains("responses.json:1:13: $: error: the file holds a NUL byte (0x00) here"), "\(result.output)")
  }

  /// 80,000 unknown keys (about 850 KB) once printed 80,000 lines; now 20, then a count of the rest.
  @Test func unknownKeysAreCappedAtTwenty() throws {
    let body = (0..<80_000).map { "\"x\($0)\":1" }.joined(separator: ",")
    let result = try grade("{" + body + "}")
    #expect(result.status == 1, "\(result.error)")
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 22, "\(lines.prefix(3))")
    #expect(lines.first?.hasSuffix("$.x0: error: quiz 'final' has no question 'x0'") == true, "\(lines.first ?? "")")
    #expect(lines.contains("… and 79980 more not listed"))
    #expect(lines.last == "80000 problems in the responses file; nothing was graded")
  }

  @Test func fileOverTheSizeLimitIsRefused() throws {
    let result = try grade("{\"q23\": \"" + String(repeating: "a", count: 1 << 20) + "\"}")
    #expect(result.status == 1)
    #expect(result.output.contains("$: error: the file is larger than 1048576 bytes (1 MiB)"), "\(result.output.prefix(300))")
  }

  /// argument-parser took `-1` for a flag and said the value was missing.
  @Test(arguments: [["--seed", "-1"], ["--seed=-1"], ["--seed", "18446744073709551616"], ["--seed", "x"]])
  func seedOutOfRangeNamesTheRange(arguments: [String]) throws {
    let result = try grade("{}", arguments)
    #expect(result.status == 2)
    #expect(!result.error.contains("Missing value"), "\(result.error)")
    #expect(result.error.contains("not a valid seed; a seed is a whole number from 0 to 18446744073709551615"), "\(result.error)")
  }

  @Test func largestSeedIsAccepted() throws {
    let result = try grade("{}", ["--seed", "18446744073709551615"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("the 10 questions drawn with seed 18446744073709551615"))
  }

  @Test func folderAsResponsesFileIsAUsageError() throws {
    let result = try CommandRunner.vigil(["grade", Self.course, "--responses", Self.course])
    #expect(result.status == 2)
    #expect(result.error.contains("is a folder; give the path of a JSON file"))
  }
}
