import Foundation
import Testing
import VigilTestSupport

/// Every `--format json` document, compared byte for byte with a reviewed file in `Golden/`: a renamed
/// property or a changed shape fails here before it breaks a program that reads Vigil's output.
///
/// After a deliberate change, `VIGIL_UPDATE_GOLDEN=1 swift test --filter GoldenDocumentTests` rewrites the
/// files; review the diff before committing it.
@Suite struct GoldenDocumentTests {
  private func reportArguments(_ home: TemporaryDirectory) -> [String] {
    ["--home", home.path, "--format", "json"]
  }

  @Test func transcriptDocument() throws {
    let home = try TexasNurseHome.make()
    let result = try CommandRunner.vigil(
      ["transcript", "--boards", Repository.path("Boards"), "--license", "tx-bon:RN:123456"] + reportArguments(home))
    #expect(result.status == 0, "\(result.error)")
    try GoldenFile.expect("transcript.json", result.output)
  }

  @Test func learnerDocuments() throws {
    let home = try TexasNurseHome.make()
    let show = try CommandRunner.vigil(["learner", "show", "1"] + reportArguments(home))
    #expect(show.status == 0, "\(show.error)")
    try GoldenFile.expect("learner-show.json", show.output)
    let list = try CommandRunner.vigil(["learner", "list"] + reportArguments(home))
    try GoldenFile.expect("learner-list.json", list.output)
    let added = try CommandRunner.vigil(
      ["learner", "add", "--name", "Ben Okafor", "--email", "ben@example.org"] + reportArguments(home))
    try GoldenFile.expect("learner-add.json", added.output)
    let license = try CommandRunner.vigil(
      ["learner", "license", "add", "--learner", "2", "--board", "tx-bon", "--type", "LVN", "--number", "L-77",
       "--expires", "2028-03-31", "--attribute", "direct-patient-care", "--boards", Repository.path("Boards")]
        + reportArguments(home))
    #expect(license.status == 0, "\(license.error)")
    try GoldenFile.expect("license-add.json", license.output)
  }

  @Test func ledgerVerificationDocument() throws {
    let home = try TexasNurseHome.make()
    let result = try CommandRunner.vigil(["ledger", "verify"] + reportArguments(home))
    #expect(result.status == 0, "\(result.error)")
    // The head hash and the temporary path are checked by the ledger's own tests; here only the shape.
    let normalised = result.output
      .replacingOccurrences(of: home.path, with: "HOME")
      .replacingOccurrences(of: #""head" : "[0-9]+:[0-9a-f]{64}""#, with: #""head" : "SEQ:LINK""#, options: .regularExpression)
    try GoldenFile.expect("ledger-verify.json", normalised)
  }

  @Test func validationDocument() throws {
    let package = TemporaryDirectory()
    let course = try String(contentsOfFile: Repository.path("Courses/sample-minimal/course.xml"), encoding: .utf8)
    let broken = course.replacingOccurrences(of: #"passPercent="80""#, with: #"passPercent="180""#)
    #expect(broken != course)
    try broken.write(toFile: package.appending("course.xml"), atomically: true, encoding: .utf8)
    let result = try CommandRunner.vigil(
      ["validate", "--format", "json", "--today", "2026-12-01", "."], directory: package.path)
    #expect(result.status == 1)
    try GoldenFile.expect("validate.json", result.output)
  }
}
