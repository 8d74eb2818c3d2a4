import ArgumentParser
import VigilBase
import VigilLedger

#if canImport(Glibc)
  import Glibc
#endif

/// The `vigil` command: continuing education for licensure boards, providers and licensees.
///
/// The `vigil` executable only calls ``main()``; the test build's `vigil-under-test` sets
/// ``CommandClock`` first.
public struct VigilCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "vigil",
    abstract: "Continuing-education engine: course packages, quizzes, credit and certificates.",
    discussion: """
      Exit status: 0 success, 1 the work found problems (an invalid package, a failed verification), \
      2 a usage or environment error.
      """,
    version: "0.1.0",
    subcommands: [
      Validate.self, Outline.self, Take.self, Grade.self, Transcript.self, CertificateCommand.self, LearnerCommand.self,
      LedgerCommand.self, KeysCommand.self, Export.self, BoardCommand.self,
    ]
  )

  /// Creates the root command (argument parsing's requirement).
  public init() {}

  /// Parses and runs a command; every error reaches the user through ``ErrorReport``.
  public static func main() {
    // A closed pipe makes writes fail with EPIPE, which is reported, instead of killing the process.
    signal(SIGPIPE, SIG_IGN)
    Ledger.prepareProcess()
    do {
      let arguments = try CommandLineArguments.read()
      try HelpTopic.check(arguments)
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      ErrorReport.exit(for: error)
    }
  }
}
