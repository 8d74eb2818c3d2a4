import ArgumentParser

extension VigilCommand {
  /// `vigil learner add|list|show|license`: the people in the ledger and their licenses.
  struct LearnerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "learner",
      abstract: "Add, correct, list and show learners, and add or renew their licenses.",
      subcommands: [AddLearner.self, UpdateLearner.self, ListLearners.self, ShowLearner.self, LicenseCommand.self]
    )
  }
}
