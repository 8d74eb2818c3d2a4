import ArgumentParser

extension VigilCommand {
  /// `vigil learner add|list|show|license`: the people in the ledger and their licenses.
  struct LearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "learner",
      abstract: "Add, list and show learners, and add their licenses.",
      subcommands: [AddLearner.self, ListLearners.self, ShowLearner.self, LicenseCommand.self]
    )
  }
}
