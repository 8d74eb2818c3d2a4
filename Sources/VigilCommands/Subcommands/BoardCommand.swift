import ArgumentParser

extension VigilCommand {
  /// `vigil board …`: the board's side, run by a licensure board in its own home.
  struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "board",
      abstract: "The board's side: the providers it trusts, its licensee roster, and who meets the requirements.",
      discussion: """
        A board runs Vigil with its own --home; its ledger holds the trusted providers, the roster and the \
        imported records, all in the ledger's hash chain.
        """,
      subcommands: [BoardTrustCommand.self, BoardRosterCommand.self, BoardImportCommand.self, BoardComplianceCommand.self]
    )
  }
}
