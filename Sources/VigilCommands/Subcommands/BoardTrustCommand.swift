import ArgumentParser

extension VigilCommand.BoardCommand {
  /// `vigil board trust add|list|remove`: the providers whose batches the board accepts.
  struct BoardTrustCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "trust",
      abstract: "Trust a provider's public keys, list the trusted providers, or stop trusting one.",
      subcommands: [TrustProvider.self, ListTrustedProviders.self, RemoveProvider.self]
    )
  }
}
