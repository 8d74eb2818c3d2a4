import Foundation
import Testing
import VigilTestSupport

/// The first run of `vigil take` asks who the learner is: an answer that does not hold asks that one
/// question again, and nothing is stored until the learner and the license both are.
@Suite(.timeLimit(.minutes(1))) struct TakeRegistrationTests {
  private func take(_ home: TemporaryDirectory, input: String) throws -> CommandResult {
    let course = try TakeCourse.make()
    return try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards"), "--plain"],
      input: input, environment: ["COLUMNS": "400"])
  }

  @Test func eachAnswerThatDoesNotHoldAsksOnlyItsQuestionAgain() throws {
    let home = TemporaryDirectory()
    let answers = [
      "1234", "Łukasz Wróbel", "tx", "tx-bon", "xx", "rn", "12 34", "RN-123456", "2027-13-40", "2028-01-31", "foo 1",
      "1 3", "quit",
    ]
    let result = try take(home, input: answers.map { $0 + "\n" }.joined())
    #expect(result.status == 0, "\(result.error)")
    let refusals = [
      "The learner's name '1234' has no letters; give the name as it should appear on the certificate",
      "There is no board 'tx'; type one of: fl-bon, mi-nursing, ms-bon, tx-bon, tx-tmb",
      "Board tx-bon does not issue 'xx' licenses; type one of: RN, LVN, APRN",
      "License number '12 34' is not valid",
      "'2027-13-40' is not a date; write it like 2027-01-31",
      "Board tx-bon has no practice attribute 'foo'",
    ]
    for refusal in refusals {
      #expect(result.output.components(separatedBy: refusal).count == 2, "\(refusal)\n\(result.output)")
    }
    // Each question is asked once more than it was refused, and no question before it again.
    for (question, times) in [
      ("Your full name, as it must appear on your certificate:", 2), ("Your licensing board", 2),
      ("Your license type", 2), ("Your license number", 2), ("The day your license expires", 2),
      ("Practice facts your board asks about", 2),
    ] {
      #expect(result.output.components(separatedBy: question).count == times + 1, "\(question)")
    }
    #expect(result.output.contains("Saved: Łukasz Wróbel, license tx-bon:RN:RN-123456."), "\(result.output)")
    let show = try CommandRunner.vigil(["learner", "show", "1", "--home", home.path])
    #expect(show.output.contains("learner 1: Łukasz Wróbel"), "\(show.output)")
    #expect(
      show.output.contains("license tx-bon:RN:RN-123456: expires 2028-01-31; direct-patient-care, national-certification"),
      "\(show.output)")
  }

  /// The questions are wrapped at the terminal's width between words, as the screens are: the list of
  /// a board's practice facts is longer than a line.
  @Test func theQuestionsAndTheirAnswersWrapAtTheTerminalsWidth() throws {
    let home = TemporaryDirectory()
    let course = try TakeCourse.make()
    let result = try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards"), "--plain"],
      input: "help\nAna López\nnowhere\ntx-bon\nXX\nRN\n123456\n2027-01-31\nquit\n", environment: ["COLUMNS": "60"])
    #expect(result.status == 0, "\(result.error)")
    let question = result.output.components(separatedBy: "Practice facts").dropFirst().first ?? ""
    #expect(question.contains("opioid-prescriptive-authority"), "\(result.output)")
    #expect(result.output.contains("There is no board"), "\(result.output)")
    #expect(result.output.contains("Board tx-bon does not issue"), "\(result.output)")
    #expect(result.output.contains("Nothing was stored."), "\(result.output)")
    // Piped, the answers are not echoed: a prompt's `> ` starts the line of what is written next.
    for line in result.output.split(separator: "\n") {
      let written = line.hasPrefix("> ") ? line.dropFirst(2) : line
      #expect(written.count <= 60, "\(line)")
    }
  }

  /// A name with bytes that are not UTF-8 is asked again, never stored with U+FFFD in it; a board id
  /// is taken in any case.
  @Test func aNameThatIsNotUTF8IsAskedAgainAndABoardInCapitalsIsTaken() throws {
    let home = TemporaryDirectory()
    var input = Array("Ana ".utf8) + [0xFF, 0xFE] + Array(" López\n".utf8)
    input += Array("Ana López\nTX-BON\nRN\n123456\n2027-01-31\n\nquit\n".utf8)
    let course = try TakeCourse.make()
    let result = try CommandRunner.vigil(
      ["take", course.path, "--home", home.path, "--boards", Repository.path("Boards"), "--plain"],
      inputBytes: input, environment: ["COLUMNS": "400"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("That line holds bytes that are not UTF-8 text"), "\(result.output)")
    #expect(result.output.contains("Saved: Ana López, license tx-bon:RN:123456."), "\(result.output)")
  }

  /// `help` says what to type, `= Help` is a name, and `quit` stops with nothing stored and status 0.
  @Test func helpQuitAndAnEqualsSignAtTheQuestions() throws {
    let home = TemporaryDirectory()
    let quit = try take(home, input: "help\n= Help Ruiz\ntx-bon\nquit\n")
    #expect(quit.status == 0, "\(quit.error)")
    #expect(quit.output.contains("quit: stop here, with nothing stored"), "\(quit.output)")
    #expect(quit.output.hasSuffix("Nothing was stored. Run vigil take again when you are ready.\n"), "\(quit.output)")
    #expect(quit.output.components(separatedBy: "Your full name, as it must appear on your certificate:").count == 3)
    let list = try CommandRunner.vigil(["learner", "list", "--home", home.path, "--format", "json"])
    #expect(!list.output.contains("Help"), "\(list.output)")

    let named = try take(home, input: "= Help Ruiz\ntx-bon\nRN\n123456\n2027-01-31\n\nquit\n")
    #expect(named.output.contains("Saved: Help Ruiz, license tx-bon:RN:123456."), "\(named.output)")
  }

  /// A board whose rules read the issue date (Florida's first-renewal exemption) asks for it; a day
  /// after the expiry is asked again; Texas nursing, whose rules do not, never asks.
  @Test func theIssueDateIsAskedWhereTheBoardsRulesReadIt() throws {
    let florida = TemporaryDirectory()
    let asked = try take(florida, input: "Ana Díaz\nfl-bon\nRN\nRN123\n2027-04-30\n2028-01-01\n2019-02-01\n\nquit\n")
    #expect(asked.status == 0, "\(asked.error)")
    #expect(asked.output.contains("A license cannot be issued after it expires (2027-04-30)"), "\(asked.output)")
    let show = try CommandRunner.vigil(["learner", "show", "1", "--home", florida.path])
    #expect(show.output.contains("license fl-bon:RN:RN123: expires 2027-04-30, issued 2019-02-01"), "\(show.output)")

    let skipped = TemporaryDirectory()
    _ = try take(skipped, input: "Ana Díaz\nfl-bon\nRN\nRN123\n2027-04-30\n\n\nquit\n")
    let none = try CommandRunner.vigil(["learner", "show", "1", "--home", skipped.path])
    #expect(none.output.contains("license fl-bon:RN:RN123: expires 2027-04-30\n"), "\(none.output)")

    let texas = try take(TemporaryDirectory(), input: TakeCourse.registration + "quit\n")
    #expect(!texas.output.contains("first issued"), "\(texas.output)")
  }

  @Test func inputThatEndsBeforeTheLicenseStoresNoLearner() throws {
    let home = TemporaryDirectory()
    let result = try take(home, input: "Ana Díaz\ntx-bon\nRN\n123456\n")
    #expect(result.status == 2)
    #expect(result.error == "error: the input ended before you said who is taking the course; nothing was stored\n")
    let list = try CommandRunner.vigil(["learner", "list", "--home", home.path, "--format", "json"])
    #expect(list.status == 0, "\(list.error)")
    #expect(!list.output.contains("Ana"), "\(list.output)")
    // The next run asks again, from the first question.
    let again = try take(home, input: TakeCourse.registration + "quit\n")
    #expect(again.output.contains("Saved: Ana Díaz, license tx-bon:RN:123456."), "\(again.output)")
  }
}
