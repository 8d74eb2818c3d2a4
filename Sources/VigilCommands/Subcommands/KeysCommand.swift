import ArgumentParser

extension VigilCommand {
  /// `vigil keys init|export`: the provider's signing key and its public JWK Set.
  struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "keys",
      abstract: "Create or rotate the provider's signing key, or export the public keys as a JWK Set.",
      subcommands: [InitKeys.self, ExportKeys.self]
    )
  }
}
