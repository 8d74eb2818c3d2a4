import ArgumentParser
import VigilBoards
import VigilLedger

extension VigilCommand.LearnerCommand {
  /// `vigil learner show ID` or `vigil learner show --license BOARD:TYPE:NUMBER`.
  struct ShowLearner: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show a learner, their licenses and the credit recorded for each.",
      discussion: "Name the learner by id, or by one of their licenses with --license BOARD:TYPE:NUMBER."
    )

    @OptionGroup var home: HomeOptions

    @Argument(help: "The learner's id.")
    var id: Int64?

    @Option(help: ArgumentHelp("A license of the learner, e.g. tx-bon:RN:123456.", valueName: "BOARD:TYPE:NUMBER"))
    var license: String?

    @OptionGroup var output: FormatOptions

    func validate() throws {
      guard (id == nil) != (license == nil) else {
        throw ValidationError("name the learner by id or by --license BOARD:TYPE:NUMBER (one of them)")
      }
    }

    mutating func run() throws {
      let ledger = try home.openLedger(.readOnly)
      let learnerID: Int64
      if let license {
        learnerID = try ledger.requireLicense(LicenseKey(parsing: license)).learnerID
      } else {
        learnerID = id ?? 0
      }
      let sheet = try ledger.learnerSheet(id: learnerID)
      try FileHandleOutput.standardOutput.write(LearnerPrinter(format: output.format).show(sheet))
    }
  }
}
