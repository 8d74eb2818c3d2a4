import ArgumentParser
import Foundation
import VigilBase
import VigilBoards
import VigilCourse
import VigilEngine
import VigilGrading
import VigilLedger
import VigilSession

extension VigilCommand {
  /// `vigil take COURSE`: the licensee's terminal session.
  struct Take: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Take a course: its lessons, then its quiz; on a pass the credit is recorded in the ledger.",
      discussion: """
        Every answer is saved in the ledger before the next screen shows; quit (or Ctrl-D, Ctrl-C) at any \
        time and run the same command to resume where you stopped, with the same questions. At any prompt \
        type help for the commands (back, next, go N, flag, review, quit). Screens are plain text in reading \
        order with --plain, or when the output is not a terminal; answers can then be piped in, one per line. \
        Exit status: 0 when the session ends or you quit, 130 after Ctrl-C (everything saved), 2 on errors.
        """
    )

    @Argument(help: "The course package folder (holding course.xml).")
    var course: String

    @Option(help: ArgumentHelp("Take the course as the holder of this license.", valueName: "BOARD:TYPE:NUMBER"))
    var license: String?

    @OptionGroup var home: HomeOptions

    @OptionGroup var boards: BoardOptions

    @Flag(help: "Plain text for screen readers: no colour, everything in words, in reading order.")
    var plain = false

    @Flag(help: "Leave the time left off the question screens (a time limit's deadline still holds).")
    var hideCountdown = false

    mutating func run() throws {
      let package = try CourseLoading.load(course)
      let boardList = try BoardReader().boards(at: boards.folder())
      let ledger = try home.openLedger(.create)
      let input = LineInput()
      let notStored = TextWrap.lines(
        "Nothing was stored. Run vigil take again when you are ready.", width: TerminalSettings.width
      ).joined(separator: "\n") + "\n"
      let registering = InterruptWatch { notStored }
      let chosen = try LearnerChoice.learner(in: ledger, license: license, boards: boardList, input: input)
      registering.stop()
      guard let learner = chosen else {
        try FileHandleOutput.standardOutput.write(notStored)
        return
      }
      let lock = try SessionLock(home: try home.resolved(), learner: learner)
      defer { withExtendedLifetime(lock) {} }
      var resume = "vigil take \(course)"
      if let license { resume += " --license \(license)" }
      if let explicit = home.home { resume += " --home \(explicit)" }
      if let explicit = boards.boards { resume += " --boards \(explicit)" }
      if plain { resume += " --plain" }
      if hideCountdown { resume += " --hide-countdown" }
      let taking = try CourseTaking(
        ledger: ledger, package: package, boards: boardList, learner: learner, timeZone: TimeZone.current.identifier,
        today: CommandClock.today(), resumeCommand: resume,
        hidesCountdown: hideCountdown, certificates: CertificateIssuing(home: try home.resolved()))
      try TakeLoop(taking: taking, input: input, settings: TerminalSettings(plain: plain), resumeCommand: resume).run()
    }
  }
}

