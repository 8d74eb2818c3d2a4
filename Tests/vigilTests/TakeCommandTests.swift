import Foundation
import Testing
import VigilTestSupport

/// `vigil take` end to end: scripted sessions through a pipe, quitting and resuming, end of input,
/// Ctrl-C and kill -9, against the built binary and a real ledger.
@Suite struct TakeCommandTests {
  /// Enough Enters to pass the intro, the lesson and the quiz rules.
  private static let throughTheLessons = String(repeating: "\n", count: 6)

  private func take(_ course: TemporaryDirectory, _ home: TemporaryDirectory, input: String, _ extra: [String] = [])
    throws -> CommandResult
  {
    try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards")] + extra, input: input,
      environment: ["COLUMNS": "80"])
  }

  /// `vigil take` with its input kept open, for the tests that kill or interrupt it.
  private func running(_ course: TemporaryDirectory, _ home: TemporaryDirectory) throws -> LiveProcess {
    try LiveProcess(
      try #require(CommandRunner.vigilPath),
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards")])
  }

  @Test func aScriptedSessionPassesAndRecordsTheCompletion() throws {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    let input = TakeCourse.registration + Self.throughTheLessons + "true\nsubmit\nsubmit\n\n5\n\nquit\n"
    let result = try take(course, home, input: input)
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("Question 1 of 1"))
    #expect(result.output.contains("Course complete: Sample Minimal Course"))
    #expect(!result.output.contains("\u{1B}"), "piped output carries no escape sequences")
    let show = try CommandRunner.vigil(["learner", "show", "1", "--home", home.path])
    #expect(show.output.contains("6 min  ANCC EXAMPLE-ANCC-0000  Sample Minimal Course"), "\(show.output)")
    let verify = try CommandRunner.vigil(["ledger", "verify", "--home", home.path])
    #expect(verify.status == 0, "\(verify.output)")
    let audit = try CommandRunner.run("python3", [Repository.path("scripts/audit-ledger.py"), home.appending("ledger.sqlite")])
    #expect(audit.status == 0, "\(audit.output)")
  }

  @Test func quitAndEndOfInputSaveAndTheNextRunResumes() throws {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    let first = try take(course, home, input: TakeCourse.registration + Self.throughTheLessons + "quit\n")
    #expect(first.status == 0, "\(first.error)")
    #expect(first.output.contains("To resume, run: vigil take \(course.path)"))
    // The same question again, resumed; end of input saves and exits 0 as quit does.
    let second = try take(course, home, input: "")
    #expect(second.status == 0, "\(second.error)")
    #expect(second.output.contains("Resuming"), "\(second.output)")
    #expect(second.output.contains("Question 1 of 1"))
    #expect(second.output.contains("Everything you confirmed is saved. To continue, run: vigil take"))
    let third = try take(course, home, input: "true\nsubmit\nsubmit\n\n5\n\nquit\n")
    #expect(third.output.contains("Course complete"), "\(third.output)")
  }

  @Test(.timeLimit(.minutes(1))) func killedMidSessionItResumesWithTheAnswerSaved() throws {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    // Once the answer is saved and the submit summary counts it, kill -9 without a word.
    let session = try running(course, home)
    session.send(TakeCourse.registration + Self.throughTheLessons + "true")
    try session.wait(for: "Answered: 1 of 1")
    session.kill()
    #expect(session.process.terminationReason == .uncaughtSignal)
    #expect(try CommandRunner.vigil(["ledger", "verify", "--home", home.path]).status == 0)
    let resumed = try take(course, home, input: "submit\nsubmit\n\n5\n\nquit\n")
    #expect(resumed.output.contains("Resuming"), "\(resumed.output)")
    #expect(resumed.output.contains("Course complete"), "the saved answer passes the quiz: \(resumed.output)")
  }

  @Test(.timeLimit(.minutes(1))) func ctrlCSavesAndExitsWith130() throws {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    let session = try running(course, home)
    session.send(String(TakeCourse.registration.dropLast()))
    try session.wait(for: "confirm you have read the disclosures")
    kill(session.process.processIdentifier, SIGINT)
    let rest = session.finish(closingInput: false)
    #expect(session.process.terminationStatus == 130)
    #expect(rest.contains("Everything you confirmed is saved. To continue, run: vigil take"), "\(rest)")
  }

  @Test(.timeLimit(.minutes(1))) func ctrlCWhileRegisteringSaysNothingWasStored() throws {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    let session = try running(course, home)
    session.send("Ana Díaz")
    try session.wait(for: "Your licensing board")
    kill(session.process.processIdentifier, SIGINT)
    let rest = session.finish(closingInput: false)
    #expect(session.process.terminationStatus == 130)
    #expect(rest.contains("Nothing was stored. Run vigil take again when you are ready."), "\(rest)")
    let list = try CommandRunner.vigil(["learner", "list", "--home", home.path, "--format", "json"])
    #expect(!list.output.contains("Ana"), "\(list.output)")
  }

  @Test func aLicenseNotInTheLedgerSaysSoAndSeveralLearnersPickOne() throws {
    let (course, home) = (try TakeCourse.make(), TemporaryDirectory())
    let unknown = try take(course, home, input: "", ["--license", "tx-bon:RN:999"])
    #expect(unknown.status == 2)
    #expect(unknown.error.hasPrefix("error: there is no license tx-bon:RN:999 in the ledger"))
    for (index, name) in ["Ana", "Ben"].enumerated() {
      #expect(try CommandRunner.vigil(["learner", "add", "--name", name, "--home", home.path]).status == 0)
      #expect(
        try CommandRunner.vigil(
          ["learner", "license", "add", "--learner", "\(index + 1)", "--board", "tx-bon", "--type", "RN", "--number",
           "\(index + 1)00", "--expires", "2027-01-31", "--home", home.path, "--boards", Repository.path("Boards")]
        ).status == 0)
    }
    // Several learners: the session asks which license; a wrong number is asked again.
    let several = try take(course, home, input: "9\n2\nquit\n")
    #expect(several.status == 0, "\(several.error)")
    #expect(several.output.contains("1) tx-bon:RN:100 (Ana)\n  2) tx-bon:RN:200 (Ben)"), "\(several.output)")
    #expect(several.output.contains("'9' is not one of 1 to 2."))
    #expect(several.output.contains("Learner: Ben"))
  }
}
