import ArgumentParser
import VigilLedger

extension VigilCommand.LearnerCommand {
  /// `vigil learner list`: every learner with their license keys.
  struct ListLearners: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List the learners in the ledger with their licenses."
    )

    @OptionGroup var home: HomeOptions

    @OptionGroup var output: FormatOptions

    mutating func run() throws {
      let ledger = try home.openLedger(.readOnly)
      try FileHandleOutput.standardOutput.write(
        LearnerPrinter(format: output.format).list(try ledger.roster().map { ($0.learner, $0.licenses) }))
    }
  }
}
