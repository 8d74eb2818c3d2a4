import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

/// The `vigil` command: continuing education for licensure boards, providers and licensees.
@main
struct VigilCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vigil",
    abstract: "Continuing-education engine: course packages, quizzes, credit and certificates.",
    version: "0.1.0",
    subcommands: [Validate.self, Outline.self, Grade.self, Transcript.self, LearnerCommand.self, LedgerCommand.self]
  )

  /// Runs the command, mapping usage errors to exit code 2 as Vigil documents (0 success, 1 problems found,
  /// 2 usage or environment errors).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        FileHandleOutput.standardError.write(fullMessage(for: error) + "\n")
        Glibc.exit(ExitCode.usageError.rawValue)
      }
      exit(withError: error)
    }
  }
}

extension ExitCode {
  /// The work found problems (an invalid package, a failed verification).
  static let problemsFound = ExitCode(1)
  /// A usage or environment error: a bad flag, a missing file, an unusable database.
  static let usageError = ExitCode(2)
}
