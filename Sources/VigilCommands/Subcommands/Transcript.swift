import ArgumentParser
import VigilBase
import VigilBoards
import VigilCourse
import VigilLedger

extension VigilCommand {
  /// `vigil transcript --license BOARD:TYPE:NUMBER`: a licensee's credit and compliance for one renewal cycle.
  struct Transcript: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a license's credit and, requirement by requirement, what its board still needs.",
      discussion: """
        The cycle is the one ending on the license's expiry date; --cycle-ending DATE shows the license's \
        cycle that contains DATE instead (a cycle end, or any day within the cycle). \
        --application-date DATE is the day of the renewal (or other) application, which a board that \
        counts hours back from the application counts from (Mississippi); the cycle's last day when absent. \
        Exit status 0 whether or not the license is compliant; `compliant` in the JSON output \
        says which.
        """
    )

    @OptionGroup var home: HomeOptions
    @OptionGroup var boards: BoardOptions

    @Option(help: ArgumentHelp("The license, as BOARD:TYPE:NUMBER (e.g. tx-bon:RN:123456).", valueName: "license"))
    var license: String

    @Option(help: "The last day of the renewal cycle to show (YYYY-MM-DD).")
    var cycleEnding: CalendarDate?

    @Option(help: "The day of the application the hours are counted back from, where the board says so (YYYY-MM-DD).")
    var applicationDate: CalendarDate?

    @OptionGroup var output: FormatOptions

    mutating func run() throws {
      let key = try LicenseKey(parsing: license)
      let ledger = try home.openLedger(.readOnly)
      let transcript = try ledger.transcript(for: key)
      let profile = transcript.license.profile
      let board = try boards.board(id: profile.boardID)
      let result = ComplianceEvaluator(board: board).evaluate(
        profile, credits: transcript.credits, cycleEndingOn: cycleEnding, applicationDate: applicationDate)
      let report = TranscriptReport(
        board: board, license: profile, learnerName: transcript.learner.name, credits: transcript.credits,
        result: result, requestedDate: cycleEnding)
      try FileHandleOutput.standardOutput.write(output.format == .json ? report.json() : report.text())
    }
  }
}
