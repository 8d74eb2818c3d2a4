import ArgumentParser
import VigilLedger

extension VigilCommand.LearnerCommand {
  /// `vigil learner add --name NAME`: adds a learner and prints the id other commands take.
  struct AddLearner: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Add a learner to the ledger (creating the ledger if there is none) and print its id."
    )

    @OptionGroup var home: HomeOptions

    @Option(help: "The full name, as certificates and board records show it.")
    var name: String

    @Option(help: "An email address.")
    var email: String?

    @Option(help: ArgumentHelp("The birthday, for boards that renew in the birth month.", valueName: "MM-DD"))
    var birthday: MonthDay?

    @OptionGroup var output: FormatOptions

    mutating func run() throws {
      let learner = try home.openLedger(.create).addLearner(name: name, email: email, birthday: birthday)
      let printer = LearnerPrinter(format: output.format)
      try FileHandleOutput.standardOutput.write(printer.added(learner))
    }
  }
}
