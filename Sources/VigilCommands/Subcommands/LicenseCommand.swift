import ArgumentParser

extension VigilCommand.LearnerCommand {
  /// `vigil learner license add`: a learner's licenses.
  struct LicenseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "license",
      abstract: "Add a license to a learner, or renew or correct one.",
      subcommands: [AddLicense.self, UpdateLicense.self]
    )
  }
}
