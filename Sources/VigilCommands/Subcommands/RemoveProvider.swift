import ArgumentParser

extension VigilCommand.BoardCommand.BoardTrustCommand {
  /// `vigil board trust remove NAME`.
  struct RemoveProvider: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "remove",
      abstract: "Stop trusting a provider: its batches are refused from now on.",
      discussion: """
        Recorded in the board's ledger (a provider.removed event); the provider's entry and the records \
        it sent stay, so the history is kept.
        """
    )

    @Argument(help: ArgumentHelp("The provider's name, as `vigil board trust list` shows it.", valueName: "name"))
    var name: String

    @OptionGroup var home: HomeOptions

    mutating func run() throws {
      let provider = try home.openLedger(.existing).removeProvider(name: name)
      try FileHandleOutput.standardOutput.write(
        "removed \(provider.name): its batches are refused from now on; the records it sent stay in the ledger\n")
    }
  }
}
